using PartnerPortal.Infrastructure.Ranking;
using static PartnerPortal.Infrastructure.Tests.Ranking.RankingFilterTests;

namespace PartnerPortal.Infrastructure.Tests.Ranking;

public class RankingSortTests
{
    private static readonly RankedPair[] Rows =
    [
        Row("CHN", "batteries", "Net zero", 1, 90, means: [2, 5]),
        Row("DEU", "batteries", "Net zero", 2, 80, LonglistVerdict.NotLonglisted, disagreement: true, decision: RankedDecision.Accepted, means: [4, 1]),
        Row("AUS", "robotics", "Industrial digitalisation", 2, 80, LonglistVerdict.NoEvidence, means: [4, 3]),
        Row("JPN", "robotics", "Industrial digitalisation", 4, 60, decision: RankedDecision.Rejected, means: [1, 4]),
    ];

    private static IEnumerable<string> Countries(RankingSort sort) => sort.Apply(Rows).Select(r => r.CountryCode);

    [Fact]
    public void By_default_rows_follow_their_rank_and_ties_their_names()
    {
        Assert.Equal(["CHN", "AUS", "DEU", "JPN"], Countries(RankingSort.ByRank));
        Assert.Equal(["JPN", "AUS", "DEU", "CHN"], Countries(RankingSort.ByRank with { Descending = true }));
    }

    [Fact]
    public void Rows_sort_by_any_column_with_ties_kept_in_rank_order()
    {
        Assert.Equal(["AUS", "CHN", "DEU", "JPN"], Countries(new RankingSort(RankingColumn.Country)));
        Assert.Equal(["JPN", "AUS", "DEU", "CHN"], Countries(new RankingSort(RankingColumn.Index)));
        Assert.Equal(["CHN", "DEU", "AUS", "JPN"], Countries(new RankingSort(RankingColumn.Theme, Descending: true)));
        Assert.Equal(["AUS", "DEU", "CHN", "JPN"], Countries(new RankingSort(RankingColumn.CriterionMean, Descending: true)));
        Assert.Equal(["CHN", "JPN", "AUS", "DEU"], Countries(new RankingSort(RankingColumn.CriterionMean, Descending: true, Criterion: 1)));
        Assert.Equal(["AUS", "DEU", "CHN", "JPN"], Countries(new RankingSort(RankingColumn.Longlist)));
        Assert.Equal(["DEU", "CHN", "AUS", "JPN"], Countries(new RankingSort(RankingColumn.Disagreement, Descending: true)));
        Assert.Equal(["CHN", "AUS", "DEU", "JPN"], Countries(new RankingSort(RankingColumn.Decision)));
    }

    [Fact]
    public void A_criterion_beyond_the_rows_criteria_sorts_nothing_out_of_rank_order_and_a_negative_one_is_refused()
    {
        Assert.Equal(["CHN", "AUS", "DEU", "JPN"], Countries(new RankingSort(RankingColumn.CriterionMean, Criterion: 7)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Countries(new RankingSort(RankingColumn.CriterionStandardDeviation, Criterion: -1)));
    }
}
