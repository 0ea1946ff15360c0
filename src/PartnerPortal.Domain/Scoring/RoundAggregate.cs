namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// The result of aggregating a score sheet: statistics per pair × criterion, and per pair its weighted
/// total (on the 1–5 scale) and 0–100 index. A pair missing any criterion is incomplete: its statistics are
/// shown, but it has no total, index or rank.
/// </summary>
public sealed class RoundAggregate
{
    private readonly CriterionStatistics[] _statistics;
    private readonly double[] _totals;

    // Null: every pair is seen. Otherwise the pairs outside it read as never scored (see Only).
    private readonly bool[]? _visible;

    public RoundAggregate(int countries, int technologies, int criteria, CriterionStatistics[] statistics, double[] totals)
        : this(countries, technologies, criteria, statistics, totals, null)
    {
    }

    private RoundAggregate(int countries, int technologies, int criteria, CriterionStatistics[] statistics, double[] totals, bool[]? visible)
    {
        (Countries, Technologies, Criteria, _statistics, _totals, _visible) = (countries, technologies, criteria, statistics, totals, visible);
    }

    public int Countries { get; }
    public int Technologies { get; }
    public int Criteria { get; }
    public int Pairs => Countries * Technologies;

    public CriterionStatistics Statistics(int pair, int criterion) => Sees(pair) ? _statistics[pair * Criteria + criterion] : default;

    public bool IsComplete(int pair) => !double.IsNaN(Total(pair));

    /// <summary>Σ wᵢ · meanᵢ on the 1–5 scale; NaN when incomplete.</summary>
    public double Total(int pair) => Sees(pair) ? _totals[pair] : double.NaN;

    /// <summary>The total mapped onto 0–100 (1 → 0, 5 → 100); NaN when incomplete.</summary>
    public double Index(int pair) => (Total(pair) - ScoreSheet.Lowest) / (ScoreSheet.Highest - ScoreSheet.Lowest) * 100;

    /// <summary>
    /// This aggregate as someone who may see only the pairs marked in <paramref name="visible"/> (one flag per
    /// pair): the others read as never scored. A view over the same statistics, not a copy — per viewer and
    /// per change of scores on a 41,000-pair round, copies would be megabytes each.
    /// </summary>
    public RoundAggregate Only(bool[] visible)
    {
        if (visible.Length != Pairs)
        {
            throw new ScoringInputException($"Give one flag per pair: {Pairs} pairs, {visible.Length} flags.");
        }
        return new(Countries, Technologies, Criteria, _statistics, _totals, _visible is null ? visible : [.. visible.Zip(_visible, (a, b) => a && b)]);
    }

    /// <summary>A copy to bring up to date (<see cref="ScoreAggregator.RecomputePair"/>) while readers keep using this one.</summary>
    public RoundAggregate Clone() => new(Countries, Technologies, Criteria, (CriterionStatistics[])_statistics.Clone(), (double[])_totals.Clone(), _visible);

    internal void Replace(int pair, ReadOnlySpan<CriterionStatistics> pairStatistics, double total)
    {
        pairStatistics.CopyTo(_statistics.AsSpan(pair * Criteria, Criteria));
        _totals[pair] = total;
    }

    private bool Sees(int pair) => _visible is null || _visible[pair];
}
