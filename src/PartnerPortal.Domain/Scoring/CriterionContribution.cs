namespace PartnerPortal.Domain.Scoring;

/// <summary>One criterion's part in a pair's total (weight × mean score), beside the technology's best pair's.</summary>
public sealed record CriterionContribution(int Criterion, double Weight, double Mean, double Contribution, double BestPairContribution)
{
    public double GapToBest => Contribution - BestPairContribution;
}
