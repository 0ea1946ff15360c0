using System.Text.Json;
using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Web.Features.Scoring;

/// <summary>A radar chart's data — criteria and each pair's mean scores — as JSON for a data attribute: pages carry no inline script.</summary>
public static class RadarChart
{
    public static string Data(RoundAnalysis analysis, IEnumerable<int> pairs) => JsonSerializer.Serialize(new
    {
        criteria = analysis.Criteria.Select(c => c.Name),
        series = pairs.Distinct().Select(p => new
        {
            name = $"{analysis.CountryOf(p).Name} – {analysis.TechnologyOf(p).Name}",
            values = Enumerable.Range(0, analysis.Criteria.Count).Select(c => Math.Round(analysis.Aggregate.Statistics(p, c).Mean, 2)),
        }),
    });
}
