namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// The result of aggregating a score sheet: statistics per pair × criterion, and per pair its weighted
/// total (on the 1–5 scale) and 0–100 index. A pair missing any criterion is incomplete: its statistics are
/// shown, but it has no total, index or rank.
/// </summary>
public sealed class RoundAggregate(int countries, int technologies, int criteria, CriterionStatistics[] statistics, double[] totals)
{
    public int Countries { get; } = countries;
    public int Technologies { get; } = technologies;
    public int Criteria { get; } = criteria;
    public int Pairs => Countries * Technologies;

    public CriterionStatistics Statistics(int pair, int criterion) => statistics[pair * Criteria + criterion];

    public bool IsComplete(int pair) => !double.IsNaN(totals[pair]);

    /// <summary>Σ wᵢ · meanᵢ on the 1–5 scale; NaN when incomplete.</summary>
    public double Total(int pair) => totals[pair];

    /// <summary>The total mapped onto 0–100 (1 → 0, 5 → 100); NaN when incomplete.</summary>
    public double Index(int pair) => (totals[pair] - ScoreSheet.Lowest) / (ScoreSheet.Highest - ScoreSheet.Lowest) * 100;

    /// <summary>A copy to bring up to date (<see cref="ScoreAggregator.RecomputePair"/>) while readers keep using this one.</summary>
    public RoundAggregate Clone() => new(Countries, Technologies, Criteria, (CriterionStatistics[])statistics.Clone(), (double[])totals.Clone());

    internal void Replace(int pair, ReadOnlySpan<CriterionStatistics> pairStatistics, double total)
    {
        pairStatistics.CopyTo(statistics.AsSpan(pair * Criteria, Criteria));
        totals[pair] = total;
    }
}
