using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

/// <summary>
/// Properties every ranking method must keep on any finite input, checked on seeded random matrices whose
/// columns mix huge (to 1e300), tiny (to 1e-300), zero and negative values, or hold positive values only.
/// </summary>
public class RankingPropertyTests
{
    private const int Trials = 400;

    [Theory]
    [InlineData(RankingMethod.WeightedSum)]
    [InlineData(RankingMethod.Topsis)]
    public void An_alternative_at_least_as_good_on_every_criterion_never_ranks_below_the_one_it_dominates_whatever_the_values(RankingMethod method)
    {
        var random = new Random(2024);
        for (var trial = 0; trial < Trials; trial++)
        {
            var matrix = Dominated(RandomMatrix(random), random);

            var ranks = Ranking.Ranks(Ranking.Score(matrix, method));

            Assert.True(ranks[0] <= ranks[1], $"trial {trial}: the dominating alternative ranked {ranks[0]}, the dominated {ranks[1]}\n{Describe(matrix)}");
        }
    }

    [Theory]
    [InlineData(RankingMethod.WeightedSum)]
    [InlineData(RankingMethod.Topsis)]
    public void Multiplying_a_criterions_values_by_a_positive_factor_leaves_the_ranks_unchanged_whatever_the_values(RankingMethod method)
    {
        var random = new Random(2025);
        for (var trial = 0; trial < Trials; trial++)
        {
            var matrix = RandomMatrix(random);
            var factors = Enumerable.Range(0, matrix.Criteria).Select(_ => Math.Pow(10, random.NextDouble() * 6 - 3)).ToArray();
            var scaled = new DecisionMatrix(
                [.. matrix.Values.Select(row => (IReadOnlyList<double>)[.. row.Select((v, j) => v * factors[j])])], matrix.Weights, matrix.Types);

            Assert.True(
                Ranking.Ranks(Ranking.Score(matrix, method), 1e-9).SequenceEqual(Ranking.Ranks(Ranking.Score(scaled, method), 1e-9)),
                $"trial {trial}: factors {string.Join(", ", factors)}\n{Describe(matrix)}");
        }
    }

    [Theory]
    [InlineData(RankingMethod.WeightedSum)]
    [InlineData(RankingMethod.Topsis)]
    public void Weights_sum_to_one_and_every_score_lies_between_zero_and_one_whatever_the_values(RankingMethod method)
    {
        var random = new Random(2026);
        for (var trial = 0; trial < Trials; trial++)
        {
            var matrix = RandomMatrix(random);

            var scores = Ranking.Score(matrix, method);

            Assert.Equal(1, matrix.Weights.Sum(), 12);
            Assert.All(scores, score => Assert.InRange(score, -1e-12, 1 + 1e-12));
        }
    }

    /// <summary>
    /// The failure the linear normalisation had: on a benefit column of −1 and −2, x / max gives −2 / −1 = 2 to
    /// the worse; on a cost column of −3 and −1, min / x gives −3 / −1 = 3 to the costlier.
    /// </summary>
    [Fact]
    public void A_weighted_sum_min_max_scales_a_column_with_zero_or_negative_values_so_the_better_value_scores_higher()
    {
        var matrix = new DecisionMatrix([[-1, -3, 0], [-2, -1, 4]], [1, 1, 1], [CriterionType.Benefit, CriterionType.Cost, CriterionType.Cost]);

        Assert.Equal([1 / 3.0 + 1 / 3.0 + 1 / 3.0, 0], Ranking.WeightedSum(matrix));
    }

    [Fact]
    public void A_weighted_sum_keeps_ratio_normalisation_for_a_column_of_positive_values()
    {
        var matrix = new DecisionMatrix([[4, 2], [2, 4]], [1, 1], [CriterionType.Benefit, CriterionType.Cost]);

        Assert.Equal([0.5 * 1 + 0.5 * 1, 0.5 * 0.5 + 0.5 * 0.5], Ranking.WeightedSum(matrix));
    }

    private static DecisionMatrix RandomMatrix(Random random)
    {
        var (alternatives, criteria) = (random.Next(2, 13), random.Next(1, 7));
        var kinds = Enumerable.Range(0, criteria).Select(_ => random.Next(4)).ToArray();
        var values = Enumerable.Range(0, alternatives)
            .Select(_ => (IReadOnlyList<double>)[.. kinds.Select(kind => Value(random, kind))])
            .ToList();
        var weights = Enumerable.Range(0, criteria).Select(_ => random.Next(6) switch
        {
            0 => 0,
            1 => 1e-300 * (1 + random.NextDouble()),
            2 => 1e300 * (1 + random.NextDouble()),
            _ => random.NextDouble(),
        }).ToList();
        if (weights.All(w => w == 0))
        {
            weights[0] = 1;
        }
        var types = Enumerable.Range(0, criteria).Select(_ => random.Next(2) == 0 ? CriterionType.Cost : CriterionType.Benefit).ToList();
        return new DecisionMatrix(values, weights, types);
    }

    /// <summary>Kind 0: positive, magnitude 1e-300 to 1e300; 1: signed with zeros, that wide; 2: small integers −3 to 3; 3: all zero or 1–5 scores.</summary>
    private static double Value(Random random, int kind)
    {
        var magnitude = Math.Pow(10, random.NextDouble() * 600 - 300);
        return kind switch
        {
            0 => magnitude,
            1 => random.Next(5) switch { 0 => 0, 1 or 2 => -magnitude, _ => magnitude },
            2 => random.Next(-3, 4),
            _ => random.Next(3) == 0 ? 0 : random.Next(1, 6),
        };
    }

    /// <summary>The same matrix with alternative 0 made at least as good as alternative 1 on every criterion, in its direction.</summary>
    private static DecisionMatrix Dominated(DecisionMatrix matrix, Random random)
    {
        var values = matrix.Values.Select(row => row.ToArray()).ToArray();
        for (var j = 0; j < matrix.Criteria; j++)
        {
            if (random.Next(5) == 0)
            {
                values[1][j] = values[0][j];
            }
            var (better, worse) = matrix.Types[j] == CriterionType.Benefit
                ? (Math.Max(values[0][j], values[1][j]), Math.Min(values[0][j], values[1][j]))
                : (Math.Min(values[0][j], values[1][j]), Math.Max(values[0][j], values[1][j]));
            (values[0][j], values[1][j]) = (better, worse);
        }
        return new DecisionMatrix([.. values.Select(v => (IReadOnlyList<double>)v)], matrix.Weights, matrix.Types);
    }

    private static string Describe(DecisionMatrix matrix) =>
        $"weights {string.Join(", ", matrix.Weights)}; types {string.Join(", ", matrix.Types)}\n"
        + string.Join("\n", matrix.Values.Select(row => string.Join(", ", row.Select(v => v.ToString("R")))));
}
