namespace PartnerPortal.Domain.Scoring;

/// <summary>The chi-square distribution's upper tail, the p-value of a chi-square statistic.</summary>
public static class ChiSquared
{
    /// <summary>P(X ≥ x) for X ~ χ²(k): Q(k/2, x/2).</summary>
    public static double UpperTail(double x, double degreesOfFreedom) => IncompleteGamma.Upper(degreesOfFreedom / 2, x / 2);
}
