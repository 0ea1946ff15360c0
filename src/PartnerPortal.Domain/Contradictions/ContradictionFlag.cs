namespace PartnerPortal.Domain.Contradictions;

/// <summary>
/// An analyst's score at one end of the scale while a linked indicator puts the country at the other end. A
/// prompt to look again, not a verdict: indicators describe the country, scores a country and a technology.
/// </summary>
public sealed record ContradictionFlag(int Country, int Technology, int Criterion, int Analyst, byte Score, IndicatorStanding Evidence)
{
    /// <summary>A 4 or 5 against the country's weak quartile; otherwise a 1 or 2 against its strong one.</summary>
    public bool IsHighScore => Score >= ContradictionFinder.HighFrom;
}
