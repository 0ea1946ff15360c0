using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class PairScoresTests
{
    /// <summary>Three countries, one technology, two criteria, one analyst; the third country lacks criterion 2.</summary>
    private static RoundAggregate Aggregate(IReadOnlyList<double> weights)
    {
        var sheet = new ScoreSheet(countries: 3, technologies: 1, criteria: 2, analysts: 1);
        (sheet[0, 0, 0], sheet[0, 1, 0]) = (5, 1);
        (sheet[1, 0, 0], sheet[1, 1, 0]) = (3, 3);
        sheet[2, 0, 0] = 4;
        return ScoreAggregator.Aggregate(sheet, weights);
    }

    [Fact]
    public void Weighted_sum_index_is_the_aggregate_index()
    {
        var aggregate = Aggregate([1, 1]);

        var scores = PairScores.Compute(aggregate, [1, 1], RankingMethod.WeightedSum);

        Assert.Equal(aggregate.Index(0), scores.Index(0));
        Assert.Equal(50, scores.Index(1), 12);
        Assert.False(scores.IsComplete(2));
    }

    [Fact]
    public void Topsis_index_is_closeness_to_the_ideal_over_complete_pairs_only()
    {
        var scores = PairScores.Compute(Aggregate([1, 1]), [1, 1], RankingMethod.Topsis);

        // Vector-normalised columns: (5, 3)/√34 and (1, 3)/√10, halved by the weights. Pair 0 is the ideal on
        // criterion 1 and the anti-ideal on criterion 2, pair 1 the reverse, at distances 1/√34 and 1/√10.
        var (d1, d2) = (0.5 * 2 / Math.Sqrt(34), 0.5 * 2 / Math.Sqrt(10));
        Assert.Equal(100 * d1 / (d1 + d2), scores.Index(0), 9);
        Assert.Equal(100 * d2 / (d1 + d2), scores.Index(1), 9);
        Assert.True(double.IsNaN(scores.Index(2)));
    }

    [Fact]
    public void The_ranking_method_can_reverse_an_order()
    {
        // Equal weighted sums (3 and 3) tie under WSM; TOPSIS prefers the balanced pair.
        var aggregate = Aggregate([1, 1]);

        var wsm = PairRanking.Overall(PairScores.Compute(aggregate, [1, 1], RankingMethod.WeightedSum));
        var topsis = PairRanking.Overall(PairScores.Compute(aggregate, [1, 1], RankingMethod.Topsis));

        Assert.Equal([1, 1, 0], wsm);
        Assert.Equal([2, 1, 0], topsis);
    }
}
