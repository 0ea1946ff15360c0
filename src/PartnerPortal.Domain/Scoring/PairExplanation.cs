namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// Why a pair ranks where it does: its rank among the technology's partners, each criterion's
/// contribution to its total, and the same for the technology's best pair, so the gap can be read criterion by criterion.
/// </summary>
public sealed record PairExplanation(int Pair, int BestPair, int RankInTechnology, double Total, double BestTotal, IReadOnlyList<CriterionContribution> Contributions)
{
    /// <summary>The criterion where the pair falls furthest behind the best pair (null for the best pair itself).</summary>
    public CriterionContribution? LargestShortfall =>
        Pair == BestPair ? null : Contributions.OrderBy(c => c.GapToBest).First();

    public static PairExplanation Explain(RoundAggregate aggregate, IReadOnlyList<double> weights, int pair)
    {
        if (!aggregate.IsComplete(pair))
        {
            throw new ScoringInputException("An incomplete pair has no total to explain; it lacks a score on at least one criterion.");
        }
        var normalised = ScoreAggregator.NormaliseWeights(weights, aggregate.Criteria);
        var technology = pair % aggregate.Technologies;
        var ranks = PairRanking.CountriesPerTechnology(aggregate);
        var best = Enumerable.Range(0, aggregate.Countries)
            .Select(country => ScoreSheet.PairOf(country, technology, aggregate.Technologies))
            .Where(aggregate.IsComplete)
            .OrderByDescending(aggregate.Total)
            .First();
        var contributions = Enumerable.Range(0, aggregate.Criteria)
            .Select(criterion => new CriterionContribution(
                criterion,
                normalised[criterion],
                aggregate.Statistics(pair, criterion).Mean,
                normalised[criterion] * aggregate.Statistics(pair, criterion).Mean,
                normalised[criterion] * aggregate.Statistics(best, criterion).Mean))
            .ToList();
        return new PairExplanation(pair, best, ranks[pair], aggregate.Total(pair), aggregate.Total(best), contributions);
    }
}
