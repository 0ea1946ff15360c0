namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// Whether Kendall's W differs from no agreement: χ² = m(n − 1)W on n − 1 degrees of freedom, and the chance
/// of a W this large if the raters ranked at random (the chi-square's upper tail). With fewer than eight items
/// the chi-square is a rough approximation of W's exact distribution (Siegel and Castellan, 1988, tabulate
/// critical values for small n instead).
/// </summary>
public sealed record KendallWSignificance(double ChiSquare, int DegreesOfFreedom, double PValue)
{
    /// <summary>From this many items on, the chi-square approximation is considered adequate.</summary>
    public const int ItemsForAdequateApproximation = 8;

    public int Items => DegreesOfFreedom + 1;

    public bool IsApproximationRough => Items < ItemsForAdequateApproximation;

    public static KendallWSignificance Of(double w, int raters, int items)
    {
        var chiSquare = (double)raters * (items - 1) * w;
        return new KendallWSignificance(chiSquare, items - 1, ChiSquared.UpperTail(chiSquare, items - 1));
    }
}
