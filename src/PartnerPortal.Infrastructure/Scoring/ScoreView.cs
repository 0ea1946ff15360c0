using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>A stored score as its analyst sees it, with the version to send back on the next save.</summary>
public sealed record ScoreView(
    string CriterionCode, byte? Value, Confidence Confidence, string? EvidenceNote, string? Sources, uint Version, DateTimeOffset UpdatedAt,
    IReadOnlyList<int> AddressedQuestionIds, string? RevisionComment);
