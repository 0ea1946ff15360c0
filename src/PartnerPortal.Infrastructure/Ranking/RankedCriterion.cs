namespace PartnerPortal.Infrastructure.Ranking;

/// <summary>
/// The analysts' scores of a pair on one criterion: their mean and standard deviation on the 1–5 scale, how many
/// gave a 1–5 score, and whether they disagree beyond the round's thresholds (the cell a grid marks).
/// </summary>
public readonly record struct RankedCriterion(double Mean, double StandardDeviation, int Scores, bool Disagreement);
