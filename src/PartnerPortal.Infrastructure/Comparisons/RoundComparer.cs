using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Infrastructure.Comparisons;

/// <summary>Compares an earlier round with a later one through the scoring service's view of each.</summary>
public sealed class RoundComparer(RoundAnalyzer analyzer)
{
    public async Task<RoundComparisonReport> CompareAsync(string earlierSlug, string laterSlug, int moves = 10, CancellationToken cancellationToken = default)
    {
        var earlier = await analyzer.AnalyseAsync(earlierSlug, cancellationToken);
        var later = await analyzer.AnalyseAsync(laterSlug, cancellationToken);
        var names = new Dictionary<PairKey, string>();
        foreach (var analysis in new[] { earlier, later })
        {
            for (var pair = 0; pair < analysis.Pairs; pair++)
            {
                names.TryAdd(analysis.KeyOf(pair), $"{analysis.CountryOf(pair).Name} – {analysis.TechnologyOf(pair).Name}");
            }
        }
        var comparison = RoundComparison.Between(earlier.Outcome(), later.Outcome(), moves);
        return new RoundComparisonReport(earlier.Round.Name, later.Round.Name, comparison, names);
    }
}
