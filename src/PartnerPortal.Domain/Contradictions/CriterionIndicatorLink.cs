namespace PartnerPortal.Domain.Contradictions;

/// <summary>
/// An indicator that bears on a criterion (e.g. R&amp;D spending on research &amp; innovation excellence), and which
/// way: whether a higher value of the indicator supports a higher score.
/// </summary>
public class CriterionIndicatorLink
{
    public int CriterionId { get; set; }
    public int IndicatorId { get; set; }
    public bool HigherValueSupportsHigherScore { get; set; } = true;
}
