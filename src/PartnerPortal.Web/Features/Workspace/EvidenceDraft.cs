using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Infrastructure.Longlisting;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>The longlisting form as the analyst fills it in: a status and source per requirement, and the overall source.</summary>
public sealed class EvidenceDraft
{
    public required IReadOnlyDictionary<LonglistRequirement, RequirementAnswer> Answers { get; init; }

    public string? Source { get; set; }

    /// <summary>The stored evidence as a form; a source reconstructed from the study is shown as a hint, not as the analyst's own.</summary>
    public static EvidenceDraft From(LonglistEvidence? evidence) => new()
    {
        Answers = Enum.GetValues<LonglistRequirement>().ToDictionary(r => r, r => new RequirementAnswer
        {
            Status = evidence?.StatusOf(r) ?? RequirementStatus.Unknown,
            Source = evidence?.SourceOf(r),
        }),
        Source = evidence is { IsReconstructed: false } ? evidence.Source : null,
    };

    public bool IsChangedFrom(LonglistEvidence? evidence)
    {
        var stored = From(evidence);
        return stored.Source != Source || Answers.Any(a => stored.Answers[a.Key].Status != a.Value.Status || stored.Answers[a.Key].Source != a.Value.Source);
    }

    public EvidenceInput ToInput(uint? expectedVersion) =>
        new(Answers.ToDictionary(a => a.Key, a => (a.Value.Status, a.Value.Source)), Source ?? "", expectedVersion);
}
