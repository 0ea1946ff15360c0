namespace PartnerPortal.Domain.Scoring;

/// <summary>Ranks complete pairs by total: all pairs, partner countries within each technology, technologies within each country.</summary>
public static class PairRanking
{
    /// <returns>Rank per pair (1 = best, ties share the better rank); 0 for incomplete pairs.</returns>
    public static int[] Overall(RoundAggregate aggregate)
    {
        var ranks = new int[aggregate.Pairs];
        RankInto(ranks, aggregate, Enumerable.Range(0, aggregate.Pairs).ToArray());
        return ranks;
    }

    /// <returns>For each pair, its country's rank among the partners scored for the same technology.</returns>
    public static int[] CountriesPerTechnology(RoundAggregate aggregate)
    {
        var ranks = new int[aggregate.Pairs];
        for (var technology = 0; technology < aggregate.Technologies; technology++)
        {
            RankInto(ranks, aggregate, Enumerable.Range(0, aggregate.Countries).Select(c => ScoreSheet.PairOf(c, technology, aggregate.Technologies)).ToArray());
        }
        return ranks;
    }

    /// <returns>For each pair, its technology's rank among the technologies scored for the same country.</returns>
    public static int[] TechnologiesPerCountry(RoundAggregate aggregate)
    {
        var ranks = new int[aggregate.Pairs];
        for (var country = 0; country < aggregate.Countries; country++)
        {
            RankInto(ranks, aggregate, Enumerable.Range(0, aggregate.Technologies).Select(t => ScoreSheet.PairOf(country, t, aggregate.Technologies)).ToArray());
        }
        return ranks;
    }

    /// <summary>Writes the ranks of one group of pairs into the shared array; incomplete pairs keep 0.</summary>
    private static void RankInto(int[] ranks, RoundAggregate aggregate, int[] pairs)
    {
        var complete = pairs.Where(aggregate.IsComplete).OrderByDescending(aggregate.Total).ToArray();
        for (var position = 0; position < complete.Length; position++)
        {
            var tiedWithPrevious = position > 0 && aggregate.Total(complete[position]) == aggregate.Total(complete[position - 1]);
            ranks[complete[position]] = tiedWithPrevious ? ranks[complete[position - 1]] : position + 1;
        }
    }
}
