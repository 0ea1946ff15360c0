namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>The score as stored: the one just saved, or, on a conflict, the newer one that was kept instead.</summary>
public sealed record ScoreSaveResult(bool IsConflict, ScoreView Score);
