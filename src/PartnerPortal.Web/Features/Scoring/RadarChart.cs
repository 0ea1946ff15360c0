using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Web.Features.Scoring;

/// <summary>A radar chart's data: criteria and each pair's mean scores, passed to js/radar-chart.js.</summary>
public static class RadarChart
{
    public static object Data(RoundAnalysis analysis, IEnumerable<int> pairs) => new
    {
        criteria = analysis.Criteria.Select(c => c.Name),
        series = pairs.Distinct().Select(p => new
        {
            name = $"{analysis.CountryOf(p).Name} – {analysis.TechnologyOf(p).Name}",
            values = Enumerable.Range(0, analysis.Criteria.Count).Select(c => Math.Round(analysis.Aggregate.Statistics(p, c).Mean, 2)),
        }),
    };
}
