using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// How one save of a criterion ended, in words for the analyst: saved (with the stored score), refused with the
/// reason (by field where there is one), or a conflict with a save made elsewhere (the stored score comes back).
/// </summary>
public sealed record CriterionSaveOutcome(ScoreView? Score, string Message, bool IsError, bool IsConflict = false, bool RevealsGroup = false,
    IReadOnlyDictionary<string, string>? FieldErrors = null)
{
    /// <summary>How a stored score's time reads on its card, whether just saved or loaded with the page.</summary>
    public static string SavedAt(DateTimeOffset at) => $"Saved {at.UtcDateTime:d MMM HH:mm} UTC";
}
