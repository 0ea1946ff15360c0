namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// Each pair's 0–100 index under the round's ranking method; NaN for an incomplete pair, which is shown
/// but never ranked. Weighted sum maps the weighted mean score from 1–5 onto 0–100; TOPSIS gives each
/// complete pair's closeness to the ideal pair (×100), every criterion a benefit.
/// </summary>
public sealed class PairScores
{
    private readonly double[] _index;

    private PairScores(int countries, int technologies, double[] index, RankingMethod method)
    {
        (Countries, Technologies, _index, Method) = (countries, technologies, index, method);
    }

    public int Countries { get; }
    public int Technologies { get; }
    public RankingMethod Method { get; }
    public int Pairs => _index.Length;

    public double Index(int pair) => _index[pair];

    public bool IsComplete(int pair) => !double.IsNaN(_index[pair]);

    /// <summary>
    /// These indices with the pairs outside <paramref name="visible"/> (one flag per pair) incomplete. The
    /// pairs kept keep the index the whole round gives them: under TOPSIS that is the group's figure, not one
    /// recomputed among the pairs kept.
    /// </summary>
    public PairScores Only(bool[] visible)
    {
        if (visible.Length != Pairs)
        {
            throw new ScoringInputException($"Give one flag per pair: {Pairs} pairs, {visible.Length} flags.");
        }
        var index = new double[Pairs];
        for (var pair = 0; pair < index.Length; pair++)
        {
            index[pair] = visible[pair] ? _index[pair] : double.NaN;
        }
        return new PairScores(Countries, Technologies, index, Method);
    }

    public static PairScores Compute(RoundAggregate aggregate, IReadOnlyList<double> weights, RankingMethod method = RankingMethod.WeightedSum)
    {
        var index = new double[aggregate.Pairs];
        if (method == RankingMethod.WeightedSum)
        {
            for (var pair = 0; pair < index.Length; pair++)
            {
                index[pair] = aggregate.Index(pair);
            }
            return new PairScores(aggregate.Countries, aggregate.Technologies, index, method);
        }
        Array.Fill(index, double.NaN);
        var complete = Enumerable.Range(0, aggregate.Pairs).Where(aggregate.IsComplete).ToArray();
        if (complete.Length > 0)
        {
            var values = complete
                .Select(pair => (IReadOnlyList<double>)Enumerable.Range(0, aggregate.Criteria).Select(c => aggregate.Statistics(pair, c).Mean).ToArray())
                .ToList();
            var matrix = new DecisionMatrix(values, weights, Enumerable.Repeat(CriterionType.Benefit, aggregate.Criteria).ToList());
            var closeness = Topsis.Evaluate(matrix).Closeness;
            for (var i = 0; i < complete.Length; i++)
            {
                index[complete[i]] = closeness[i] * 100;
            }
        }
        return new PairScores(aggregate.Countries, aggregate.Technologies, index, method);
    }
}
