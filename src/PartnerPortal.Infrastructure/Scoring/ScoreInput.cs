using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// One analyst's score as a form or an import gives it. <see cref="ExpectedVersion"/> is the version the
/// analyst last saw, or null for a first score: a save based on anything older is refused. Once the analyst
/// has given all of the pair's criteria a 1–5 score they see the group's spread, and a changed value then needs
/// a <see cref="RevisionComment"/>.
/// </summary>
public sealed record ScoreInput(
    string RoundSlug,
    string CountryCode,
    string TechnologySlug,
    string CriterionCode,
    string AnalystId,
    byte? Value,
    Confidence Confidence,
    string? EvidenceNote,
    string? Sources,
    uint? ExpectedVersion,
    IReadOnlyList<int>? AddressedQuestionIds = null,
    string? RevisionComment = null);
