using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>What an analyst has entered on one criterion card, saved or not yet, and the version it builds on.</summary>
public sealed class CriterionDraft
{
    public const string Insufficient = "insufficient";

    /// <summary>"1" to "5", <see cref="Insufficient"/>, or null while nothing is chosen.</summary>
    public string? Choice { get; set; }

    public Confidence Confidence { get; set; } = Confidence.Medium;

    public HashSet<int> Questions { get; private init; } = [];

    public string? Note { get; set; }

    public string? Sources { get; set; }

    public uint? Version { get; set; }

    public byte? Value => Choice is null or Insufficient ? null : byte.Parse(Choice, System.Globalization.CultureInfo.InvariantCulture);

    public static CriterionDraft From(ScoreView? saved) => new()
    {
        Choice = saved is null ? null : saved.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Insufficient,
        Confidence = saved?.Confidence ?? Confidence.Medium,
        Questions = [.. saved?.AddressedQuestionIds ?? []],
        Note = saved?.EvidenceNote,
        Sources = saved?.Sources,
        Version = saved?.Version,
    };

    public ScoreInput ToInput(string roundSlug, string countryCode, string technologySlug, string criterionCode, string analystId, string? revisionReason = null) =>
        new(roundSlug, countryCode, technologySlug, criterionCode, analystId, Value, Confidence, Note, Sources, Version, [.. Questions.Order()], revisionReason);
}
