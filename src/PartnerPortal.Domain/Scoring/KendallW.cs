namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// Kendall's coefficient of concordance W for m raters ranking n items, with the correction for tied
/// ranks: W = 12·S / (m²(n³ − n) − m·ΣT), T = Σ(t³ − t) over each rater's groups of t tied items
/// (Kendall and Babington Smith, 1939; Siegel and Castellan, 1988). 0 is no agreement, 1 is complete.
/// Counts are multiplied as doubles: n(n + 1) overflows an int from n = 46,341 items.
/// </summary>
public static class KendallW
{
    /// <summary>Ranks are whole or half numbers; this only absorbs rounding in ranks read from text.</summary>
    private const double RankTolerance = 1e-9;

    /// <param name="ranks">ranks[rater][item]: the rank each rater gives each item; tied items share their mean rank.</param>
    /// <param name="raterNames">Names to say which rater's row is wrong, when the caller has them.</param>
    public static double Compute(IReadOnlyList<IReadOnlyList<double>> ranks, IReadOnlyList<string>? raterNames = null)
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
        }
        var meanTotal = (double)m * (n + 1) / 2;
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
        for (var r = 0; r < m; r++)
        {
            ties += TieCorrection(ranks[r], sorted) ?? throw NotARanking(ranks[r], n, raterNames is null ? $"Rater {r + 1}'s ranks" : $"{raterNames[r]}'s ranks (rater {r + 1})");
        }
        var denominator = (double)m * m * ((double)n * n * n - n) - m * ties;
        // Every rater tied every item: there is no ranking to agree on, and W is taken as 0 rather than 0/0.
        return denominator <= 0 ? 0 : 12 * s / denominator;
    }

    /// <summary>Each rater's raw ratings (scores, say) as ranks: rank 1 for the highest, ties sharing their mid-rank.</summary>
    public static IReadOnlyList<IReadOnlyList<double>> RanksFromRatings(IReadOnlyList<IReadOnlyList<double>> ratings, IReadOnlyList<string>? raterNames = null)
    {
        var ranks = new IReadOnlyList<double>[ratings.Count];
        for (var r = 0; r < ratings.Count; r++)
        {
            if (ratings[r].Any(rating => !double.IsFinite(rating)))
            {
                throw new ScoringInputException($"{(raterNames is null ? $"Rater {r + 1}" : $"{raterNames[r]} (rater {r + 1})")} gives a rating that is not a number.");
            }
            ranks[r] = MidRanks.HighestFirst(ratings[r]);
        }
        return ranks;
    }

    /// <summary>
    /// Σ(t³ − t) over one rater's groups of t tied ranks, or null when the ranks are not a ranking: sorted, each
    /// group of equal ranks spanning positions i to j must hold (i + j) / 2, so 1, 2, 3 or 1.5, 1.5, 3, but not
    /// 2, 2, 3, 3 or 1.2, 1.8, 3. The check rides on the sort the tie count needs. <paramref name="buffer"/>
    /// saves an allocation per rater.
    /// </summary>
    private static double? TieCorrection(IReadOnlyList<double> ranks, double[] buffer)
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
            while (end < buffer.Length && Math.Abs(buffer[end] - buffer[start]) < RankTolerance)
            {
                end++;
            }
            // Positions start + 1 … end (1-based) share their mean; NaN fails this comparison too.
            if (!(Math.Abs(buffer[start] - (start + 1 + end) / 2.0) < RankTolerance))
            {
                return null;
            }
            double t = end - start;
            correction += t * t * t - t;
            start = end;
        }
        return correction;
    }

    private static ScoringInputException NotARanking(IReadOnlyList<double> ranks, int n, string whose)
    {
        const int Shown = 10;
        string List(IEnumerable<double> values) =>
            string.Join(", ", values.Take(Shown).Select(v => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture))) + (n > Shown ? ", …" : "");
        var asRanks = ranks.All(double.IsFinite) ? $"; ranked, those values would be {List(MidRanks.HighestFirst([.. ranks.Select(r => -r)]))}" : "";
        return new ScoringInputException(
            $"{whose} must run from 1 to {n}, tied items sharing the mean of the positions they span: {List(ranks)} is not a ranking{asRanks}.");
    }
}
