namespace PartnerPortal.Domain.Scoring;

/// <summary>Scores alternatives and ranks them, best first.</summary>
public static class Ranking
{
    public static IReadOnlyList<double> Score(DecisionMatrix matrix, RankingMethod method) => method switch
    {
        RankingMethod.WeightedSum => WeightedSum(matrix),
        RankingMethod.Topsis => Topsis.Evaluate(matrix).Closeness,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>
    /// Σ wⱼ·rᵢⱼ with linear scale normalisation: rᵢⱼ = xᵢⱼ / maxᵢ xᵢⱼ for benefit criteria and minᵢ xᵢⱼ / xᵢⱼ for
    /// cost criteria, so every criterion contributes on the same 0–1 scale whatever its unit.
    /// </summary>
    public static IReadOnlyList<double> WeightedSum(DecisionMatrix matrix)
    {
        var scores = new double[matrix.Alternatives];
        for (var j = 0; j < matrix.Criteria; j++)
        {
            var column = matrix.Column(j).ToArray();
            var best = matrix.Types[j] == CriterionType.Benefit ? column.Max() : column.Min();
            for (var i = 0; i < scores.Length; i++)
            {
                var normalised = matrix.Types[j] == CriterionType.Benefit
                    ? (best == 0 ? 0 : column[i] / best)
                    : (column[i] == 0 ? 1 : best / column[i]);
                scores[i] += matrix.Weights[j] * normalised;
            }
        }
        return scores;
    }

    /// <summary>Standard competition ranking ("1, 2, 2, 4"): equal scores share the better rank.</summary>
    public static IReadOnlyList<int> Ranks(IReadOnlyList<double> scores, double tolerance = 1e-12)
    {
        var ranks = new int[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            ranks[i] = 1 + scores.Count(other => other > scores[i] + tolerance);
        }
        return ranks;
    }
}
