namespace PartnerPortal.Domain.Scoring;

/// <summary>TOPSIS closeness per alternative (0–1, higher is better) and the weighted ideal and anti-ideal points.</summary>
public sealed record TopsisResult(IReadOnlyList<double> Closeness, IReadOnlyList<double> PositiveIdeal, IReadOnlyList<double> NegativeIdeal);
