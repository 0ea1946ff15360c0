namespace PartnerPortal.Domain.Comparisons;

/// <summary>
/// What changed between an earlier and a later round (e.g. a re-benchmarking a year on): pairs that entered
/// or left the longlist and the shortlist, and the pairs whose rank moved most.
/// </summary>
public sealed record RoundComparison(
    IReadOnlyList<PairKey> EnteredLonglist,
    IReadOnlyList<PairKey> LeftLonglist,
    IReadOnlyList<PairKey> EnteredShortlist,
    IReadOnlyList<PairKey> LeftShortlist,
    IReadOnlyList<RankMove> LargestMoves)
{
    public static RoundComparison Between(RoundOutcome earlier, RoundOutcome later, int moves = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(moves);
        return new RoundComparison(
            Sorted(later.Longlisted.Except(earlier.Longlisted)),
            Sorted(earlier.Longlisted.Except(later.Longlisted)),
            Sorted(later.Shortlisted.Except(earlier.Shortlisted)),
            Sorted(earlier.Shortlisted.Except(later.Shortlisted)),
            earlier.Ranks
                .Where(e => later.Ranks.ContainsKey(e.Key))
                .Select(e => new RankMove(e.Key, e.Value, later.Ranks[e.Key]))
                .Where(m => m.Change != 0)
                .OrderByDescending(m => Math.Abs(m.Change))
                .ThenBy(m => m.Pair.CountryCode, StringComparer.Ordinal)
                .ThenBy(m => m.Pair.TechnologySlug, StringComparer.Ordinal)
                .Take(moves)
                .ToList());
    }

    private static List<PairKey> Sorted(IEnumerable<PairKey> pairs) =>
        [.. pairs.OrderBy(p => p.CountryCode, StringComparer.Ordinal).ThenBy(p => p.TechnologySlug, StringComparer.Ordinal)];
}
