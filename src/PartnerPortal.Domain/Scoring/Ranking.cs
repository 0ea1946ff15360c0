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
    /// Σ wⱼ·rᵢⱼ with every criterion normalised onto 0–1 (1 best), so each contributes on the same scale whatever
    /// its unit. A column of positive values keeps linear scale normalisation, rᵢⱼ = xᵢⱼ / maxᵢ xᵢⱼ for a benefit
    /// and minᵢ xᵢⱼ / xᵢⱼ for a cost: ratios keep their meaning (twice the value, twice the credit), and results
    /// on positive data (every round's 1–5 scores, the usual calculator input) are what they always were. Those
    /// ratios are only valid for positive values — a negative maximum turns x / max upside down and ranks a
    /// dominated alternative first — so a column holding any value ≤ 0 is min–max scaled instead:
    /// (x − min) / (max − min) for a benefit, (max − x) / (max − min) for a cost. A column whose values are all
    /// equal and not all positive (all zeros, say) separates no one and contributes nothing.
    /// </summary>
    public static IReadOnlyList<double> WeightedSum(DecisionMatrix matrix)
    {
        var scores = new double[matrix.Alternatives];
        var column = new double[matrix.Alternatives];
        for (var j = 0; j < matrix.Criteria; j++)
        {
            for (var i = 0; i < column.Length; i++)
            {
                column[i] = matrix.Values[i][j];
            }
            var benefit = matrix.Types[j] == CriterionType.Benefit;
            var (min, max) = (column.Min(), column.Max());
            if (min > 0)
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i] += matrix.Weights[j] * (benefit ? column[i] / max : min / column[i]);
                }
                continue;
            }
            // Divided by the largest magnitude first, so that max − min cannot overflow (1e308 − (−1e308)).
            var largest = Math.Max(Math.Abs(min), Math.Abs(max));
            var (low, high) = largest == 0 ? (0.0, 0.0) : (min / largest, max / largest);
            if (!(high > low))
            {
                continue;
            }
            for (var i = 0; i < scores.Length; i++)
            {
                var value = column[i] / largest;
                scores[i] += matrix.Weights[j] * (benefit ? (value - low) / (high - low) : (high - value) / (high - low));
            }
        }
        return scores;
    }

    /// <summary>
    /// Standard competition ranking ("1, 2, 2, 4"): an alternative's rank is 1 + the number of scores above its
    /// own by more than <paramref name="tolerance"/>, so equal scores share the better rank. Counted by binary
    /// search in a sorted copy, n log n: counting by scanning every other score took 9.6 s for TOPSIS on 40,000
    /// alternatives.
    /// </summary>
    public static IReadOnlyList<int> Ranks(IReadOnlyList<double> scores, double tolerance = 1e-12)
    {
        var n = scores.Count;
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = scores[i];
        }
        var ascending = (double[])values.Clone();
        Array.Sort(ascending);
        var ranks = new int[n];
        for (var i = 0; i < n; i++)
        {
            ranks[i] = 1 + n - FirstAbove(ascending, values[i] + tolerance);
        }
        return ranks;
    }

    /// <summary>
    /// The index of the first value greater than <paramref name="threshold"/> in an ascending array (its length
    /// if none is). "Greater than" is false for NaN either side, as the count it replaces had it, and Array.Sort
    /// puts NaN first, so the test stays false-then-true along the array and the search is valid.
    /// </summary>
    private static int FirstAbove(double[] ascending, double threshold)
    {
        var (low, high) = (0, ascending.Length);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (ascending[middle] > threshold)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }
}
