using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Domain.Tests.Indicators;

public class StatementRuleTests
{
    private static StatementRule Rule(StatementRuleKind kind, double threshold, int minimumCountries = 3) =>
        new() { Id = 7, Statement = "Leading manufacturing country", Kind = kind, Threshold = threshold, MinimumCountries = minimumCountries };

    private static readonly (int CountryId, double Value)[] Values = [(1, 50), (2, 90), (3, 70), (4, 70), (5, 10)];

    [Fact]
    public void A_top_rule_names_the_best_countries_and_keeps_ties_together()
    {
        var statements = Rule(StatementRuleKind.Top, 3).Apply(higherIsBetter: true, 2021, Values);

        Assert.Equal([(2, 1), (3, 2), (4, 2)], statements.Select(s => (s.CountryId, s.Rank)));
        Assert.All(statements, s => Assert.Equal((7, 2021, 5, "Leading manufacturing country"), (s.RuleId, s.Year, s.Of, s.Statement)));
    }

    [Fact]
    public void A_top_rule_counts_from_the_lowest_value_where_lower_is_better()
    {
        var statements = Rule(StatementRuleKind.Top, 2).Apply(higherIsBetter: false, 2021, Values);

        Assert.Equal([(5, 1, 10.0), (1, 2, 50.0)], statements.Select(s => (s.CountryId, s.Rank, s.Value)));
    }

    [Fact]
    public void A_threshold_rule_takes_every_country_at_or_beyond_it_in_the_indicators_direction()
    {
        Assert.Equal([2, 3, 4], Rule(StatementRuleKind.Threshold, 70).Apply(true, 2021, Values).Select(s => s.CountryId));
        Assert.Equal([5, 1], Rule(StatementRuleKind.Threshold, 50).Apply(false, 2021, Values).Select(s => s.CountryId));
    }

    [Fact]
    public void The_rule_reads_the_latest_year_enough_countries_have_reported()
    {
        var rule = Rule(StatementRuleKind.Top, 3, minimumCountries: 20);

        Assert.Equal(2021, rule.ChooseYear([(2020, 35), (2021, 30), (2022, 4)]));
        Assert.Null(rule.ChooseYear([(2022, 4)]));
    }

    [Fact]
    public void The_rule_says_in_words_what_it_tests()
    {
        var indicator = new Indicator { Code = "NV.IND.MANF.CD", Name = "Manufacturing, value added", Unit = "current US$", Source = "", Description = "" };

        Assert.Equal("top 10 countries by Manufacturing, value added (current US$), in the latest year with values for at least 3 countries",
            Rule(StatementRuleKind.Top, 10).Describe(indicator));
        Assert.StartsWith("Manufacturing, value added (current US$) at least 2,500", Rule(StatementRuleKind.Threshold, 2500).Describe(indicator));
    }
}
