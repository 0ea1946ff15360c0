using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Infrastructure.Comparisons;

/// <summary>
/// Compares an earlier round with a later one through the scoring service's view of each, as the viewer may
/// see it: an analyst's ranks and shortlist of an open round hold only the pairs they have scored.
/// </summary>
public sealed class RoundComparer(RoundAnalyzer analyzer)
{
    public async Task<RoundComparisonReport> CompareAsync(
        string earlierSlug, string laterSlug, RoundViewer viewer, int moves = 10, CancellationToken cancellationToken = default)
    {
        var earlier = await analyzer.AnalyseAsync(earlierSlug, viewer, cancellationToken);
        var later = await analyzer.AnalyseAsync(laterSlug, viewer, cancellationToken);
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
