namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// The score as stored: the one just saved, or, on a conflict, the newer one that was kept instead; and
/// whether the analyst has now scored every criterion of the pair (from then on they see the group's scores).
/// </summary>
public sealed record ScoreSaveResult(bool IsConflict, ScoreView Score, bool PairComplete = false);
