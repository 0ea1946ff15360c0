namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// Kendall's coefficient of concordance W for m raters ranking n items, with the correction for tied
/// ranks: W = 12·S / (m²(n³ − n) − m·ΣT), T = Σ(t³ − t) over each rater's groups of t tied items
/// (Kendall and Babington Smith, 1939; Siegel and Castellan, 1988). 0 is no agreement, 1 is complete.
/// </summary>
public static class KendallW
{
    /// <param name="ranks">ranks[rater][item]: the rank each rater gives each item; tied items share their mean rank.</param>
    public static double Compute(IReadOnlyList<IReadOnlyList<double>> ranks)
    {
        var m = ranks.Count;
        if (m < 2)
        {
            throw new ScoringInputException("Agreement needs at least two raters.");
        }
        var n = ranks[0].Count;
        if (n < 2)
        {
            throw new ScoringInputException("Agreement needs at least two items to rank.");
        }
        for (var r = 0; r < m; r++)
        {
            if (ranks[r].Count != n)
            {
                throw new ScoringInputException($"Rater {r + 1} ranks {ranks[r].Count} items; the first rater ranks {n}.");
            }
            var sum = ranks[r].Sum();
            if (ranks[r].Any(rank => !double.IsFinite(rank) || rank < 1 || rank > n) || Math.Abs(sum - n * (n + 1) / 2.0) > 1e-6)
            {
                throw new ScoringInputException($"Rater {r + 1}'s ranks must run from 1 to {n} (ties sharing their mean rank) and add up to {n * (n + 1) / 2}.");
            }
        }
        var meanTotal = m * (n + 1) / 2.0;
        var s = 0.0;
        for (var item = 0; item < n; item++)
        {
            var total = 0.0;
            for (var r = 0; r < m; r++)
            {
                total += ranks[r][item];
            }
            s += (total - meanTotal) * (total - meanTotal);
        }
        var ties = 0.0;
        var sorted = new double[n];
        foreach (var rater in ranks)
        {
            ties += TieCorrection(rater, sorted);
        }
        var denominator = m * m * (Math.Pow(n, 3) - n) - m * ties;
        // Every rater tied every item: there is no ranking to agree on.
        return denominator <= 0 ? 0 : 12 * s / denominator;
    }

    /// <summary>Σ(t³ − t) over one rater's groups of t tied ranks; <paramref name="buffer"/> saves an allocation per rater.</summary>
    private static double TieCorrection(IReadOnlyList<double> ranks, double[] buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = ranks[i];
        }
        Array.Sort(buffer);
        var correction = 0.0;
        for (var start = 0; start < buffer.Length;)
        {
            var end = start + 1;
            while (end < buffer.Length && Math.Abs(buffer[end] - buffer[start]) < 1e-9)
            {
                end++;
            }
            double t = end - start;
            correction += t * t * t - t;
            start = end;
        }
        return correction;
    }
}
