namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// One pass over a score sheet: per pair × criterion a histogram of the five score values gives n, mean,
/// median, sample standard deviation, minimum and maximum without sorting; then the weighted totals.
/// </summary>
public static class ScoreAggregator
{
    public static RoundAggregate Aggregate(ScoreSheet sheet, IReadOnlyList<double> weights)
    {
        var normalised = NormaliseWeights(weights, sheet.Criteria);
        var (pairs, criteria, analysts) = (sheet.Pairs, sheet.Criteria, sheet.Analysts);
        var statistics = new CriterionStatistics[pairs * criteria];
        var totals = new double[pairs];
        for (var pair = 0; pair < pairs; pair++)
        {
            totals[pair] = AggregatePair(sheet, normalised, pair, statistics.AsSpan(pair * criteria, criteria));
        }
        return new RoundAggregate(sheet.Countries, sheet.Technologies, criteria, statistics, totals);
    }

    /// <summary>
    /// After scores of one pair change (an analyst saves), brings that pair's statistics and total up to date
    /// in place: a hundred values instead of millions.
    /// </summary>
    public static void RecomputePair(RoundAggregate aggregate, ScoreSheet sheet, IReadOnlyList<double> weights, int pair)
    {
        var normalised = NormaliseWeights(weights, sheet.Criteria);
        var statistics = new CriterionStatistics[sheet.Criteria];
        var total = AggregatePair(sheet, normalised, pair, statistics);
        aggregate.Replace(pair, statistics, total);
    }

    private static double AggregatePair(ScoreSheet sheet, double[] normalisedWeights, int pair, Span<CriterionStatistics> statistics)
    {
        var (criteria, analysts) = (sheet.Criteria, sheet.Analysts);
        var values = sheet.Values;
        Span<int> histogram = stackalloc int[ScoreSheet.Highest + 1];
        var total = 0.0;
        for (var criterion = 0; criterion < criteria; criterion++)
        {
            histogram.Clear();
            foreach (var value in values.Slice((pair * criteria + criterion) * analysts, analysts))
            {
                histogram[value]++;
            }
            var stats = Summarise(histogram);
            statistics[criterion] = stats;
            total = stats.HasScores ? total + normalisedWeights[criterion] * stats.Mean : double.NaN;
        }
        return total;
    }

    public static double[] NormaliseWeights(IReadOnlyList<double> weights, int criteria)
    {
        if (weights.Count != criteria)
        {
            throw new ScoringInputException($"Give one weight per criterion: {criteria} criteria, {weights.Count} weights.");
        }
        var sum = weights.Sum();
        if (weights.Any(w => !double.IsFinite(w) || w < 0) || sum <= 0)
        {
            throw new ScoringInputException("Weights must be zero or positive and not all zero.");
        }
        if (double.IsPositiveInfinity(sum))
        {
            // Finite weights near double.MaxValue can sum to infinity, and dividing by it would give every
            // criterion 0: scaled by the largest first, they sum to at most their count.
            var largest = weights.Max();
            return NormaliseWeights([.. weights.Select(w => w / largest)], criteria);
        }
        return [.. weights.Select(w => w / sum)];
    }

    private static CriterionStatistics Summarise(ReadOnlySpan<int> histogram)
    {
        int n = 0, sum = 0, sumOfSquares = 0, min = 0, max = 0;
        for (var score = ScoreSheet.Lowest; score <= ScoreSheet.Highest; score++)
        {
            var count = histogram[score];
            if (count == 0)
            {
                continue;
            }
            n += count;
            sum += count * score;
            sumOfSquares += count * score * score;
            min = min == 0 ? score : min;
            max = score;
        }
        if (n == 0)
        {
            return default;
        }
        var mean = (double)sum / n;
        var variance = n > 1 ? (sumOfSquares - (double)sum * sum / n) / (n - 1) : 0;
        return new CriterionStatistics(n, mean, Median(histogram, n), Math.Sqrt(Math.Max(0, variance)), min, max);
    }

    /// <summary>The middle score (the mean of the two middle ones for an even count), read off the histogram.</summary>
    private static double Median(ReadOnlySpan<int> histogram, int n)
    {
        int lowerPosition = (n - 1) / 2, upperPosition = n / 2, seen = 0;
        int? lower = null;
        for (var score = ScoreSheet.Lowest; score <= ScoreSheet.Highest; score++)
        {
            seen += histogram[score];
            if (lower is null && seen > lowerPosition)
            {
                lower = score;
            }
            if (seen > upperPosition)
            {
                return (lower!.Value + score) / 2.0;
            }
        }
        return lower ?? 0;
    }
}
