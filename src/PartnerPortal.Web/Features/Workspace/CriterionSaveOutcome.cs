using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// How one save of a criterion ended, in words for the analyst: saved (with the stored score), refused with the
/// reason (by field where there is one), or a conflict with a save made elsewhere (the stored score comes back).
/// </summary>
public sealed record CriterionSaveOutcome(ScoreView? Score, string Message, bool IsError, bool IsConflict = false, bool RevealsGroup = false,
    IReadOnlyDictionary<string, string>? FieldErrors = null)
{
    public string? ErrorFor(string field) => FieldErrors?.GetValueOrDefault(field);
}
