namespace PartnerPortal.Domain.Scoring;

/// <summary>When analysts disagree enough to discuss: a standard deviation or a range at or above these.</summary>
public sealed record DisagreementThresholds(double StandardDeviation = 1.0, int Range = 2)
{
    /// <summary>Whether a pair's scores on one criterion spread this far; one analyst's score cannot disagree with itself.</summary>
    public bool AreExceededBy(CriterionStatistics statistics) =>
        statistics.N >= 2 && (statistics.StandardDeviation >= StandardDeviation || statistics.Range >= Range);
}
