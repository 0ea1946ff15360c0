namespace PartnerPortal.Domain.Scoring;

/// <summary>Ranks complete pairs by index: all pairs, partner countries within each technology, technologies within each country.</summary>
public static class PairRanking
{
    /// <returns>Rank per pair (1 = best, ties share the better rank); 0 for incomplete pairs.</returns>
    public static int[] Overall(PairScores scores)
    {
        var ranks = new int[scores.Pairs];
        RankInto(ranks, scores, Enumerable.Range(0, scores.Pairs).ToArray());
        return ranks;
    }

    /// <returns>For each pair, its country's rank among the partners scored for the same technology.</returns>
    public static int[] CountriesPerTechnology(PairScores scores)
    {
        var ranks = new int[scores.Pairs];
        for (var technology = 0; technology < scores.Technologies; technology++)
        {
            RankInto(ranks, scores, Enumerable.Range(0, scores.Countries).Select(c => ScoreSheet.PairOf(c, technology, scores.Technologies)).ToArray());
        }
        return ranks;
    }

    /// <returns>For each pair, its technology's rank among the technologies scored for the same country.</returns>
    public static int[] TechnologiesPerCountry(PairScores scores)
    {
        var ranks = new int[scores.Pairs];
        for (var country = 0; country < scores.Countries; country++)
        {
            RankInto(ranks, scores, Enumerable.Range(0, scores.Technologies).Select(t => ScoreSheet.PairOf(country, t, scores.Technologies)).ToArray());
        }
        return ranks;
    }

    public static int[] Overall(RoundAggregate aggregate) => Overall(WeightedSum(aggregate));

    public static int[] CountriesPerTechnology(RoundAggregate aggregate) => CountriesPerTechnology(WeightedSum(aggregate));

    public static int[] TechnologiesPerCountry(RoundAggregate aggregate) => TechnologiesPerCountry(WeightedSum(aggregate));

    /// <summary>The aggregate's own totals already carry the weights, so any weights give the same weighted-sum index.</summary>
    private static PairScores WeightedSum(RoundAggregate aggregate) =>
        PairScores.Compute(aggregate, Enumerable.Repeat(1.0, aggregate.Criteria).ToArray());

    /// <summary>Writes the ranks of one group of pairs into the shared array; incomplete pairs keep 0.</summary>
    private static void RankInto(int[] ranks, PairScores scores, int[] pairs)
    {
        var complete = pairs.Where(scores.IsComplete).OrderByDescending(scores.Index).ToArray();
        for (var position = 0; position < complete.Length; position++)
        {
            var tiedWithPrevious = position > 0 && scores.Index(complete[position]) == scores.Index(complete[position - 1]);
            ranks[complete[position]] = tiedWithPrevious ? ranks[complete[position - 1]] : position + 1;
        }
    }
}
