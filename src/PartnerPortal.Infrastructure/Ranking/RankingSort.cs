namespace PartnerPortal.Infrastructure.Ranking;

/// <summary>
/// The order of a ranking's rows: by one column, ascending or descending, then always by overall rank and the
/// pair's names, so rows that tie on the column keep one order from page to page.
/// </summary>
/// <param name="Criterion">For <see cref="RankingColumn.CriterionMean"/> and <see cref="RankingColumn.CriterionStandardDeviation"/>: the criterion's position (0-based).</param>
public sealed record RankingSort(RankingColumn Column = RankingColumn.Rank, bool Descending = false, int Criterion = 0)
{
    public static RankingSort ByRank { get; } = new();

    public IEnumerable<RankedPair> Apply(IEnumerable<RankedPair> pairs)
    {
        if (Column is RankingColumn.CriterionMean or RankingColumn.CriterionStandardDeviation && Criterion < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Criterion), Criterion, "A criterion's position is 0 or more.");
        }
        var names = StringComparer.InvariantCultureIgnoreCase;
        var ordered = Column switch
        {
            RankingColumn.Index => By(pairs, p => p.Index),
            RankingColumn.Country => By(pairs, p => p.CountryName, names),
            RankingColumn.Technology => By(pairs, p => p.TechnologyName, names),
            RankingColumn.Theme => By(pairs, p => p.Theme, names),
            RankingColumn.RankInTechnology => By(pairs, p => p.RankInTechnology),
            RankingColumn.CriterionMean => By(pairs, p => Criterion < p.Criteria.Count ? p.Criteria[Criterion].Mean : double.NaN),
            RankingColumn.CriterionStandardDeviation => By(pairs, p => Criterion < p.Criteria.Count ? p.Criteria[Criterion].StandardDeviation : double.NaN),
            RankingColumn.Longlist => By(pairs, p => p.Longlist),
            RankingColumn.Disagreement => By(pairs, p => p.Disagreement),
            RankingColumn.Decision => By(pairs, p => p.Decision),
            RankingColumn.Screening => By(pairs, p => p.Screening),
            RankingColumn.Contradictions => By(pairs, p => p.Contradictions),
            _ => By(pairs, p => p.Rank),
        };
        return ordered.ThenBy(p => p.Rank).ThenBy(p => p.CountryName, names).ThenBy(p => p.TechnologyName, names);
    }

    private IOrderedEnumerable<RankedPair> By<T>(IEnumerable<RankedPair> pairs, Func<RankedPair, T> key, IComparer<T>? comparer = null) =>
        Descending ? pairs.OrderByDescending(key, comparer) : pairs.OrderBy(key, comparer);
}
