using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;

namespace PartnerPortal.Web.Features.HeatMap;

public static class HeatMapEndpoints
{
    /// <summary>GET /rounds/{slug}/heatmap.json: every pair's 0–100 index (null until fully scored) for the heat map.</summary>
    public static void MapHeatMapData(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/rounds/{slug}/heatmap.json", async (string slug, RoundAnalyzer analyzer, CancellationToken cancellationToken) =>
        {
            RoundAnalysis analysis;
            try
            {
                analysis = await analyzer.AnalyseAsync(slug, cancellationToken);
            }
            catch (RoundNotFoundException e)
            {
                return Results.NotFound(e.Message);
            }
            var cells = new List<object?[]>();
            for (var c = 0; c < analysis.Countries.Count; c++)
            {
                for (var t = 0; t < analysis.Technologies.Count; t++)
                {
                    var pair = analysis.PairOf(c, t);
                    cells.Add([t, c, analysis.Index.IsComplete(pair) ? Math.Round(analysis.Index.Index(pair), 1) : null]);
                }
            }
            return Results.Json(new
            {
                countries = analysis.Countries.Select(c => new { c.Code, c.Name }),
                technologies = analysis.Technologies.Select(t => new { t.Slug, t.Name }),
                cells,
            });
        });
}
