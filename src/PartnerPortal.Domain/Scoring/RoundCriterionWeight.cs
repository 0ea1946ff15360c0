namespace PartnerPortal.Domain.Scoring;

/// <summary>A criterion's weight in a round; a round's weights are normalised to sum to 1 when used.</summary>
public class RoundCriterionWeight
{
    public int RoundId { get; set; }
    public int CriterionId { get; set; }
    public double Weight { get; set; }
}
