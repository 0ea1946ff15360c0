using PartnerPortal.Domain.Comparisons;

namespace PartnerPortal.Domain.Tests.Comparisons;

public class RoundComparisonTests
{
    private static readonly PairKey JapanAi = new("JPN", "ai");
    private static readonly PairKey KoreaAi = new("KOR", "ai");
    private static readonly PairKey IndiaBatteries = new("IND", "batteries");
    private static readonly PairKey UsaQuantum = new("USA", "quantum");

    [Fact]
    public void Pairs_entering_and_leaving_the_longlist_and_shortlist_are_listed()
    {
        var earlier = new RoundOutcome(new HashSet<PairKey> { JapanAi, KoreaAi }, new HashSet<PairKey> { JapanAi }, new Dictionary<PairKey, int>());
        var later = new RoundOutcome(new HashSet<PairKey> { KoreaAi, IndiaBatteries }, new HashSet<PairKey> { KoreaAi }, new Dictionary<PairKey, int>());

        var comparison = RoundComparison.Between(earlier, later);

        Assert.Equal([IndiaBatteries], comparison.EnteredLonglist);
        Assert.Equal([JapanAi], comparison.LeftLonglist);
        Assert.Equal([KoreaAi], comparison.EnteredShortlist);
        Assert.Equal([JapanAi], comparison.LeftShortlist);
    }

    [Fact]
    public void The_largest_rank_moves_come_first_either_way_and_unchanged_or_unranked_pairs_are_left_out()
    {
        var none = new HashSet<PairKey>();
        var earlier = new RoundOutcome(none, none, new Dictionary<PairKey, int> { [JapanAi] = 1, [KoreaAi] = 2, [IndiaBatteries] = 9, [UsaQuantum] = 4 });
        var later = new RoundOutcome(none, none, new Dictionary<PairKey, int> { [JapanAi] = 6, [KoreaAi] = 2, [IndiaBatteries] = 1 });

        var moves = RoundComparison.Between(earlier, later, moves: 5).LargestMoves;

        Assert.Equal([new RankMove(IndiaBatteries, 9, 1), new RankMove(JapanAi, 1, 6)], moves);
        Assert.Equal(8, moves[0].Change);
        Assert.Equal(-5, moves[1].Change);
    }
}
