using PartnerPortal.Infrastructure.Contradictions;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// How one save of a criterion ended, in words for the analyst: saved (with the stored score), refused with the
/// reason (by field where there is one), or a conflict with a save made elsewhere (the stored score comes back). A saved
/// score that sits against the country data carries the indicators that say so, as a note, never a refusal.
/// </summary>
public sealed record CriterionSaveOutcome(ScoreView? Score, string Message, bool IsError, bool IsConflict = false, bool RevealsGroup = false,
    IReadOnlyDictionary<string, string>? FieldErrors = null, IReadOnlyList<DataContradiction>? Contradictions = null)
{
    /// <summary>How a stored score's time reads on its card, whether just saved or loaded with the page.</summary>
    public static string SavedAt(DateTimeOffset at) => $"Saved {at.UtcDateTime:d MMM HH:mm} UTC";
}
