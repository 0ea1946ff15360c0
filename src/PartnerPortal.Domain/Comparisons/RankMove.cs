namespace PartnerPortal.Domain.Comparisons;

/// <summary>A pair ranked in both rounds; a positive change means it climbed (a smaller rank number).</summary>
public sealed record RankMove(PairKey Pair, int EarlierRank, int LaterRank)
{
    public int Change => EarlierRank - LaterRank;
}
