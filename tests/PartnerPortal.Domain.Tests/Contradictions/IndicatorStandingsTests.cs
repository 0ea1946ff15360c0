using PartnerPortal.Domain.Contradictions;

namespace PartnerPortal.Domain.Tests.Contradictions;

public class IndicatorStandingsTests
{
    [Fact]
    public void Countries_are_ranked_by_value_in_the_latest_year_only()
    {
        var standings = IndicatorStandings.InLatestYear(7,
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
        var standings = IndicatorStandings.InLatestYear(1, [(1, 2020, 5), (2, 2020, 5), (3, 2020, 4)]);

        Assert.Equal(1, standings[1].Rank);
        Assert.Equal(1, standings[2].Rank);
        Assert.Equal(3, standings[3].Rank);
    }

    [Fact]
    public void Not_a_number_is_no_value()
    {
        var standings = IndicatorStandings.InLatestYear(1, [(1, 2022, double.NaN), (2, 2020, 1)]);

        Assert.Equal([2], standings.Keys);
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
