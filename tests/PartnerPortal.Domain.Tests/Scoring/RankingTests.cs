using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class RankingTests
{
    /// <summary>
    /// The car example of the R package MCDA (Meyer and Bigaret, function TOPSIS, CRAN), whose documentation
    /// publishes the weighted ideal and anti-ideal points for price (cost), economy, aesthetics and boot
    /// capacity (benefits) with weights 0.35, 0.25, 0.25, 0.15.
    /// </summary>
    private static readonly DecisionMatrix Cars = new(
        [[5490, 51.4, 8.5, 285], [6500, 70.6, 7, 288], [6489, 54.3, 7.5, 290]],
        [0.35, 0.25, 0.25, 0.15],
        [CriterionType.Cost, CriterionType.Benefit, CriterionType.Benefit, CriterionType.Benefit]);

    [Fact]
    public void Topsis_reproduces_the_published_ideal_and_anti_ideal_points_of_the_mcda_car_example()
    {
        var result = Topsis.Evaluate(Cars);

        Assert.Equal([0.179573776, 0.171636015, 0.159499658, 0.087302767], result.PositiveIdeal, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal([0.212610118, 0.124958799, 0.131352659, 0.085797547], result.NegativeIdeal, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal([0.4816852902, 0.5182076659, 0.1779553619], result.Closeness, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal([2, 1, 3], Ranking.Ranks(result.Closeness));
    }

    /// <summary>
    /// Squaring 1e200 overflows and squaring 1e-170 underflows: the first criterion here must not drop out
    /// at either magnitude, or B (better only on the lighter second criterion) would overtake A.
    /// </summary>
    [Theory]
    [InlineData(1e200)]
    [InlineData(1e-170)]
    [InlineData(1e-300)]
    public void Topsis_gives_the_same_closeness_whatever_the_magnitude_of_a_criterions_values(double magnitude)
    {
        double[][] values = [[9, 1], [1, 2], [5, 1.5]];
        IReadOnlyList<double> weights = [0.7, 0.3];
        IReadOnlyList<CriterionType> types = [CriterionType.Benefit, CriterionType.Benefit];
        var plain = Topsis.Evaluate(new DecisionMatrix([.. values.Select(row => (IReadOnlyList<double>)row)], weights, types));

        var scaled = Topsis.Evaluate(new DecisionMatrix([.. values.Select(row => (IReadOnlyList<double>)[row[0] * magnitude, row[1]])], weights, types));

        Assert.Equal(plain.Closeness, scaled.Closeness, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([1, 3, 2], Ranking.Ranks(scaled.Closeness));
    }

    [Fact]
    public void Topsis_gives_a_column_of_zeros_no_say_and_an_alternative_level_with_both_ideals_one_half()
    {
        var withZeros = Topsis.Evaluate(new DecisionMatrix([[0, 3], [0, 1]], [0.9, 0.1], [CriterionType.Benefit, CriterionType.Cost]));
        var allEqual = Topsis.Evaluate(new DecisionMatrix([[2, 0], [2, 0]], [1, 1], [CriterionType.Benefit, CriterionType.Benefit]));

        Assert.Equal([0.0, 1.0], withZeros.Closeness);
        Assert.Equal([0.5, 0.5], allEqual.Closeness);
    }

    [Theory]
    [InlineData(RankingMethod.WeightedSum)]
    [InlineData(RankingMethod.Topsis)]
    public void Scaling_every_value_of_a_criterion_leaves_the_ranks_unchanged(RankingMethod method)
    {
        var random = new Random(11);
        for (var trial = 0; trial < 100; trial++)
        {
            var matrix = RandomMatrix(random, alternatives: 8, criteria: 5);
            var scale = random.NextDouble() * 100 + 0.01;
            var scaled = new DecisionMatrix(
                matrix.Values.Select(row => (IReadOnlyList<double>)row.Select(v => v * scale).ToList()).ToList(), matrix.Weights, matrix.Types);

            Assert.Equal(Ranking.Ranks(Ranking.Score(matrix, method)), Ranking.Ranks(Ranking.Score(scaled, method), 1e-9));
        }
    }

    [Theory]
    [InlineData(RankingMethod.WeightedSum)]
    [InlineData(RankingMethod.Topsis)]
    public void An_alternative_that_is_at_least_as_good_on_every_criterion_never_ranks_below_the_one_it_dominates(RankingMethod method)
    {
        var random = new Random(13);
        for (var trial = 0; trial < 100; trial++)
        {
            var matrix = RandomMatrix(random, alternatives: 6, criteria: 5);
            // Alternative 0 made to dominate alternative 1: better or equal everywhere, in each criterion's direction.
            var values = matrix.Values.Select(row => row.ToArray()).ToArray();
            for (var j = 0; j < matrix.Criteria; j++)
            {
                var (better, worse) = matrix.Types[j] == CriterionType.Benefit
                    ? (Math.Max(values[0][j], values[1][j]), Math.Min(values[0][j], values[1][j]))
                    : (Math.Min(values[0][j], values[1][j]), Math.Max(values[0][j], values[1][j]));
                (values[0][j], values[1][j]) = (better, worse);
            }
            var dominated = new DecisionMatrix(values.Select(v => (IReadOnlyList<double>)v).ToList(), matrix.Weights, matrix.Types);

            var ranks = Ranking.Ranks(Ranking.Score(dominated, method));

            Assert.True(ranks[0] <= ranks[1], $"trial {trial}: dominating alternative ranked {ranks[0]}, dominated {ranks[1]}");
        }
    }

    [Fact]
    public void Weights_are_normalised_to_sum_to_one()
    {
        var matrix = new DecisionMatrix([[1, 2]], [3, 1], [CriterionType.Benefit, CriterionType.Benefit]);

        Assert.Equal([0.75, 0.25], matrix.Weights);
    }

    [Fact]
    public void Equal_scores_share_the_better_rank()
    {
        Assert.Equal([1, 2, 2, 4], Ranking.Ranks([0.9, 0.5, 0.5, 0.1]));
    }

    [Fact]
    public void Ranks_follow_the_competition_ranking_definition_on_ties_and_near_ties_within_the_tolerance()
    {
        var random = new Random(17);
        for (var trial = 0; trial < 300; trial++)
        {
            // Few distinct values, some nudged by less and some by more than the tolerance, so ties are common.
            var scores = Enumerable.Range(0, random.Next(1, 60))
                .Select(_ => random.Next(8) / 8.0 + random.Next(3) switch { 0 => 0, 1 => 4e-13, _ => 3e-12 })
                .ToArray();
            var tolerance = random.Next(2) == 0 ? 1e-12 : 0;

            var expected = scores.Select(score => 1 + scores.Count(other => other > score + tolerance));

            Assert.Equal(expected, Ranking.Ranks(scores, tolerance));
        }
    }

    /// <summary>
    /// Ranking reads each score once and sorts a copy; the old count over every other score read n² of them
    /// (10⁸ here). Counted reads, not time, so the test says the same on any machine.
    /// </summary>
    [Fact]
    public void Ranking_reads_each_score_once_rather_than_once_per_other_score()
    {
        var random = new Random(19);
        var scores = new CountingScores([.. Enumerable.Range(0, 10_000).Select(_ => random.Next(1000) / 1000.0)]);

        var ranks = Ranking.Ranks(scores);

        Assert.Equal(10_000, ranks.Count);
        Assert.Equal(10_000, scores.Reads);
    }

    /// <summary>A list of scores that counts how often a score is read, by index or by enumeration.</summary>
    private sealed class CountingScores(double[] values) : IReadOnlyList<double>
    {
        public long Reads { get; private set; }

        public int Count => values.Length;

        public double this[int index]
        {
            get
            {
                Reads++;
                return values[index];
            }
        }

        public IEnumerator<double> GetEnumerator()
        {
            foreach (var value in values)
            {
                Reads++;
                yield return value;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void A_weighted_sum_puts_cost_and_benefit_criteria_on_one_scale()
    {
        var matrix = new DecisionMatrix([[100, 10], [50, 5]], [0.5, 0.5], [CriterionType.Cost, CriterionType.Benefit]);

        Assert.Equal([0.5 * 0.5 + 0.5 * 1, 0.5 * 1 + 0.5 * 0.5], Ranking.WeightedSum(matrix));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_refused()
    {
        var error = Assert.Throws<ScoringInputException>(() => new DecisionMatrix([[1, 2], [3]], [1, 1], [CriterionType.Benefit, CriterionType.Benefit]));

        Assert.Contains("Alternative 2 has 1 values; there are 2 criteria", error.Message);
    }

    private static DecisionMatrix RandomMatrix(Random random, int alternatives, int criteria) => new(
        Enumerable.Range(0, alternatives).Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, criteria).Select(_ => random.NextDouble() * 9 + 1).ToList()).ToList(),
        Enumerable.Range(0, criteria).Select(_ => random.NextDouble() + 0.01).ToList(),
        Enumerable.Range(0, criteria).Select(_ => random.Next(3) == 0 ? CriterionType.Cost : CriterionType.Benefit).ToList());
}
