namespace PartnerPortal.Domain.Contradictions;

/// <summary>Ranks the countries on an indicator in its latest year with data.</summary>
public static class IndicatorStandings
{
    /// <summary>
    /// Each country's standing in the latest year any country has a value, among the countries with a value that
    /// year; countries with data only in earlier years have no standing (their value would be compared with a
    /// different year's).
    /// </summary>
    public static IReadOnlyDictionary<int, IndicatorStanding> InLatestYear(int indicatorId, IEnumerable<(int CountryId, int Year, double Value)> values)
    {
        var all = values.Where(v => double.IsFinite(v.Value)).ToList();
        if (all.Count == 0)
        {
            return new Dictionary<int, IndicatorStanding>();
        }
        var year = all.Max(v => v.Year);
        var latest = all.Where(v => v.Year == year).OrderByDescending(v => v.Value).ToList();
        var standings = new Dictionary<int, IndicatorStanding>(latest.Count);
        for (var i = 0; i < latest.Count; i++)
        {
            // Competition ranking: a tie takes the best rank of its group.
            var rank = i > 0 && latest[i].Value == latest[i - 1].Value ? standings[latest[i - 1].CountryId].Rank : i + 1;
            standings[latest[i].CountryId] = new IndicatorStanding(indicatorId, latest[i].CountryId, year, latest[i].Value, rank, latest.Count);
        }
        return standings;
    }
}
