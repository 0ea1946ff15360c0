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
            // Serialised once per state of the scores: a 200 × 205 round is half a megabyte of JSON.
            var json = await analysis.RememberAsync("heatmap.json", dependsOnScores: true, () => Task.FromResult(Serialise(analysis)));
            return Results.Bytes(json, "application/json");
        });

    private static byte[] Serialise(RoundAnalysis analysis)
    {
        var cells = new List<object?[]>();
        for (var c = 0; c < analysis.Countries.Count; c++)
        {
            for (var t = 0; t < analysis.Technologies.Count; t++)
            {
                var pair = analysis.PairOf(c, t);
                cells.Add([t, c, analysis.Index.IsComplete(pair) ? Math.Round(analysis.Index.Index(pair), 1) : null]);
            }
        }
        return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new
        {
            countries = analysis.Countries.Select(c => new { c.Code, c.Name }),
            technologies = analysis.Technologies.Select(t => new { t.Slug, t.Name }),
            cells,
        }, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
    }
}
