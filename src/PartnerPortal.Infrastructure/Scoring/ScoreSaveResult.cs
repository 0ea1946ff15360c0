namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// The score as stored: the one just saved, or, on a conflict, the newer one that was kept instead; and
/// whether this save gave the pair the analyst's last missing 1–5 score (from then on they see the group's scores).
/// </summary>
public sealed record ScoreSaveResult(bool IsConflict, ScoreView Score, bool RevealsGroup = false);
