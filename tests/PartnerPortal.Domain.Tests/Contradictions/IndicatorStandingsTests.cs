using PartnerPortal.Domain.Contradictions;

namespace PartnerPortal.Domain.Tests.Contradictions;

public class IndicatorStandingsTests
{
    [Fact]
    public void Countries_are_ranked_by_value_in_the_compared_year_only()
    {
        var standings = IndicatorStandings.InComparedYear(7,
        [
            (1, 2021, 3.4), (2, 2021, 0.3), (3, 2021, 2.0), (4, 2021, 1.1),
            (5, 2019, 9.9), // only an older year: no standing
            (1, 2019, 0.1),
        ]);

        Assert.Equal([1, 2, 3, 4], standings.Keys.Order());
        Assert.Equal(new IndicatorStanding(7, 1, 2021, 3.4, 1, 4), standings[1]);
        Assert.Equal(4, standings[2].Rank);
        Assert.All(standings.Values, s => Assert.Equal(2021, s.Year));
    }

    [Fact]
    public void Equal_values_share_the_best_rank_of_their_group()
    {
        var standings = IndicatorStandings.InComparedYear(1, [(1, 2020, 5), (2, 2020, 5), (3, 2020, 4)]);

        Assert.Equal(1, standings[1].Rank);
        Assert.Equal(1, standings[2].Rank);
        Assert.Equal(3, standings[3].Rank);
    }

    [Fact]
    public void Not_a_number_is_no_value()
    {
        var standings = IndicatorStandings.InComparedYear(1, [(1, 2022, double.NaN), (2, 2020, 1)]);

        Assert.Equal([2], standings.Keys);
    }

    [Fact]
    public void A_newest_year_only_a_few_early_reporters_have_is_passed_over_for_the_latest_well_covered_one()
    {
        // As in the World Bank's R&D file: 123 countries for 2019, 94 for 2022, 27 for 2023.
        Assert.Equal(2022, IndicatorStandings.ComparedYear([(2019, 123), (2021, 106), (2022, 94), (2023, 27)]));
        Assert.Equal(2023, IndicatorStandings.ComparedYear([(2022, 94), (2023, 47)]));
        Assert.Null(IndicatorStandings.ComparedYear([]));

        var standings = IndicatorStandings.InComparedYear(1, [(1, 2021, 3), (2, 2021, 2), (3, 2021, 1), (4, 2021, 0.5), (1, 2022, 9)]);

        Assert.All(standings.Values, s => Assert.Equal((2021, 4), (s.Year, s.Of)));
        Assert.Equal(1, standings[1].Rank);
    }

    [Theory]
    [InlineData(1, 8, IndicatorQuartile.Top)]
    [InlineData(2, 8, IndicatorQuartile.Top)]
    [InlineData(3, 8, IndicatorQuartile.Middle)]
    [InlineData(6, 8, IndicatorQuartile.Middle)]
    [InlineData(7, 8, IndicatorQuartile.Bottom)]
    [InlineData(58, 71, IndicatorQuartile.Bottom)]
    [InlineData(54, 71, IndicatorQuartile.Middle)]
    [InlineData(17, 71, IndicatorQuartile.Top)]
    [InlineData(1, 3, IndicatorQuartile.Middle)]
    [InlineData(3, 3, IndicatorQuartile.Middle)]
    public void Quartiles_are_the_highest_and_lowest_quarter_by_rank_and_need_four_countries(int rank, int of, IndicatorQuartile expected)
    {
        Assert.Equal(expected, new IndicatorStanding(1, 1, 2021, 0, rank, of).Quartile);
    }
}
