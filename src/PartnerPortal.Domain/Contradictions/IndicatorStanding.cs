namespace PartnerPortal.Domain.Contradictions;

/// <summary>
/// One country's value of an indicator in the year compared (<see cref="IndicatorStandings.ComparedYear"/>), and its rank by value among the
/// countries with data that year (1 = highest value; equal values share a rank).
/// </summary>
public sealed record IndicatorStanding(int IndicatorId, int CountryId, int Year, double Value, int Rank, int Of)
{
    /// <summary>Quartiles mean little below four countries; there every country is in the middle.</summary>
    public const int FewestForQuartiles = 4;

    public IndicatorQuartile Quartile
    {
        get
        {
            if (Of < FewestForQuartiles)
            {
                return IndicatorQuartile.Middle;
            }
            var quarter = Of / 4;
            if (Rank <= quarter)
            {
                return IndicatorQuartile.Top;
            }
            return Rank > Of - quarter ? IndicatorQuartile.Bottom : IndicatorQuartile.Middle;
        }
    }
}
