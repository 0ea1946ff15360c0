using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// Monte-Carlo perturbation of the criterion weights: each draw multiplies every weight by a factor in
/// [1 − p, 1 + p], renormalises, rescores the longlisted pairs from their criterion means, ranks them and
/// reruns the shortlist proposal. Seeded, so the same inputs always give the same answer.
/// </summary>
public static class Sensitivity
{
    public static IReadOnlyList<PairSensitivity> Run(
        RoundAggregate aggregate, IReadOnlyList<double> weights, IReadOnlyList<ShortlistCandidate> longlist,
        PortfolioConstraints constraints, SensitivityOptions options)
    {
        if (options.Draws < 1 || options.Perturbation is < 0 or >= 1)
        {
            throw new ScoringInputException("Sensitivity needs at least one draw and a perturbation between 0 and 1 (e.g. 0.2 for ±20 %).");
        }
        var criteria = aggregate.Criteria;
        var baseWeights = ScoreAggregator.NormaliseWeights(weights, criteria);
        var means = new double[longlist.Count * criteria];
        for (var i = 0; i < longlist.Count; i++)
        {
            for (var c = 0; c < criteria; c++)
            {
                means[i * criteria + c] = aggregate.Statistics(longlist[i].Pair, c).Mean;
            }
        }
        var random = new Random(options.Seed);
        var drawWeights = new double[criteria];
        var scores = new double[longlist.Count];
        var order = new int[longlist.Count];
        var ranks = new int[options.Draws, longlist.Count];
        var kept = new int[longlist.Count];
        var indexByPair = Enumerable.Range(0, longlist.Count).ToDictionary(i => longlist[i].Pair);
        for (var draw = 0; draw < options.Draws; draw++)
        {
            var sum = 0.0;
            for (var c = 0; c < criteria; c++)
            {
                drawWeights[c] = baseWeights[c] * (1 + options.Perturbation * (2 * random.NextDouble() - 1));
                sum += drawWeights[c];
            }
            for (var i = 0; i < longlist.Count; i++)
            {
                var score = 0.0;
                for (var c = 0; c < criteria; c++)
                {
                    score += drawWeights[c] / sum * means[i * criteria + c];
                }
                scores[i] = score;
                order[i] = i;
            }
            Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]));
            for (var position = 0; position < order.Length; position++)
            {
                ranks[draw, order[position]] = position + 1;
            }
            var rescored = longlist.Select((candidate, i) => candidate with { Score = scores[i] }).ToList();
            foreach (var proposed in ShortlistProposer.Propose(rescored, constraints).Pairs)
            {
                kept[indexByPair[proposed.Candidate.Pair]]++;
            }
        }
        return Enumerable.Range(0, longlist.Count)
            .Select(i =>
            {
                var pairRanks = Enumerable.Range(0, options.Draws).Select(d => ranks[d, i]).Order().ToArray();
                return new PairSensitivity(longlist[i].Pair, (double)kept[i] / options.Draws, Percentile(pairRanks, 0.05), Percentile(pairRanks, 0.95));
            })
            .ToList();
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static int Percentile(int[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
