namespace PartnerPortal.Domain.Indicators;

/// <summary>
/// An explicit rule that turns indicator data into a Table 5.3-style statement, e.g. "Leading manufacturing
/// country by share of world manufacturing value added" = top 10 by manufacturing value added in the latest
/// year. The latest year is the last one in which at least <see cref="MinimumCountries"/> countries have a
/// value, so a year only a handful of countries have reported yet does not crown them. Only countries are
/// ranked, never groupings such as the EU.
/// </summary>
public class StatementRule
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public required string Statement { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public StatementRuleKind Kind { get; set; }

    /// <summary>N for <see cref="StatementRuleKind.Top"/>; the value to reach for <see cref="StatementRuleKind.Threshold"/>.</summary>
    public double Threshold { get; set; }
    public int MinimumCountries { get; set; } = 10;

    /// <summary>The year the rule reads: the latest with enough countries, or none.</summary>
    public int? ChooseYear(IEnumerable<(int Year, int Countries)> coverage) =>
        coverage.Where(c => c.Countries >= MinimumCountries).Select(c => (int?)c.Year).Max();

    /// <summary>
    /// The statements the rule makes from one year's values. Ranks are competition ranks (two countries
    /// tied for 3rd are both 3rd; the next is 5th), 1 the best by the indicator's direction.
    /// </summary>
    public IReadOnlyList<DerivedStatement> Apply(bool higherIsBetter, int year, IReadOnlyList<(int CountryId, double Value)> values)
    {
        var ordered = higherIsBetter ? values.OrderByDescending(v => v.Value).ToList() : values.OrderBy(v => v.Value).ToList();
        var statements = new List<DerivedStatement>();
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? rank : i + 1;
            var (country, value) = ordered[i];
            var holds = Kind == StatementRuleKind.Top ? rank <= Threshold : higherIsBetter ? value >= Threshold : value <= Threshold;
            if (holds)
            {
                statements.Add(new DerivedStatement(Id, Statement, country, year, value, rank, ordered.Count));
            }
        }
        return statements;
    }

    /// <summary>The rule in words, e.g. "top 10 countries by Manufacturing, value added (current US$), in the latest year with values for at least 10 countries".</summary>
    public string Describe(Indicator indicator)
    {
        var measure = $"{indicator.Name} ({indicator.Unit})";
        var test = Kind == StatementRuleKind.Top
            ? $"top {Threshold:0} countries by {measure}"
            : $"{measure} {(indicator.HigherIsBetter ? "at least" : "at most")} {Threshold:#,0.###}";
        return $"{test}, in the latest year with values for at least {MinimumCountries} countries";
    }
}
