namespace PartnerPortal.Domain.Contradictions;

/// <summary>Ranks the countries on an indicator in the latest year enough of them have reported.</summary>
public static class IndicatorStandings
{
    /// <summary>
    /// The year compared: the latest in which at least half as many countries have a value as in the indicator's
    /// best-covered year. Statistical offices report late, so the newest year of a World Bank file often holds a few
    /// dozen early reporters (R&amp;D spending: 27 countries for 2023 against 94 for 2022); ranking a country among
    /// those alone would misplace it, and the countries yet to report would have no standing at all.
    /// </summary>
    public static int? ComparedYear(IEnumerable<(int Year, int Countries)> coverage)
    {
        var years = coverage.Where(c => c.Countries > 0).ToList();
        if (years.Count == 0)
        {
            return null;
        }
        var best = years.Max(c => c.Countries);
        return years.Where(c => 2 * c.Countries >= best).Max(c => c.Year);
    }

    /// <summary>
    /// Each country's standing in the compared year (<see cref="ComparedYear"/>), among the countries with a value
    /// that year; countries with a value only in other years have no standing (it would be compared with a
    /// different year's).
    /// </summary>
    public static IReadOnlyDictionary<int, IndicatorStanding> InComparedYear(int indicatorId, IEnumerable<(int CountryId, int Year, double Value)> values)
    {
        var all = values.Where(v => double.IsFinite(v.Value)).ToList();
        if (ComparedYear(all.GroupBy(v => v.Year).Select(g => (g.Key, g.Count()))) is not { } year)
        {
            return new Dictionary<int, IndicatorStanding>();
        }
        var compared = all.Where(v => v.Year == year).OrderByDescending(v => v.Value).ToList();
        var standings = new Dictionary<int, IndicatorStanding>(compared.Count);
        for (var i = 0; i < compared.Count; i++)
        {
            // Competition ranking: a tie takes the best rank of its group.
            var rank = i > 0 && compared[i].Value == compared[i - 1].Value ? standings[compared[i - 1].CountryId].Rank : i + 1;
            standings[compared[i].CountryId] = new IndicatorStanding(indicatorId, compared[i].CountryId, year, compared[i].Value, rank, compared.Count);
        }
        return standings;
    }
}
