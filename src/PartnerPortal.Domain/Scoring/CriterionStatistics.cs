namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// The analysts' scores for one pair on one criterion. The standard deviation is the sample one (n − 1),
/// 0 with fewer than two scores.
/// </summary>
public readonly record struct CriterionStatistics(int N, double Mean, double Median, double StandardDeviation, int Min, int Max)
{
    public bool HasScores => N > 0;
    public int Range => N == 0 ? 0 : Max - Min;
}
