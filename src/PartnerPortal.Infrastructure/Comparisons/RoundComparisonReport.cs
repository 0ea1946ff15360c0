using PartnerPortal.Domain.Comparisons;

namespace PartnerPortal.Infrastructure.Comparisons;

/// <summary>A comparison of two rounds with the names to show for each pair.</summary>
public sealed record RoundComparisonReport(string EarlierRound, string LaterRound, RoundComparison Comparison, IReadOnlyDictionary<PairKey, string> PairNames)
{
    public string NameOf(PairKey pair) => PairNames.GetValueOrDefault(pair, $"{pair.CountryCode} – {pair.TechnologySlug}");
}
