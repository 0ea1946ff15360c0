using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;

namespace PartnerPortal.Web.Features.HeatMap;

public static class HeatMapEndpoints
{
    /// <summary>
    /// GET /rounds/{slug}/heatmap.json: every pair's 0–100 index (null until fully scored) for the heat map, as the
    /// signed-in person may see it: a pair an analyst has not scored yet has no index and a fourth element, 1.
    /// Names are data for the script, which shows them as text (js/chart-text.js), never as markup.
    /// </summary>
    public static void MapHeatMapData(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/rounds/{slug}/heatmap.json", async (string slug, RoundAnalyzer analyzer, HttpContext context, CancellationToken cancellationToken) =>
        {
            RoundAnalysis analysis;
            try
            {
                analysis = await analyzer.AnalyseAsync(slug, RoundViewer.From(context.User), cancellationToken);
            }
            catch (RoundNotFoundException e)
            {
                return Results.NotFound(e.Message);
            }
            catch (RoundHiddenException e)
            {
                return Results.Text(e.Message, statusCode: StatusCodes.Status403Forbidden);
            }
            // Serialised once per state of the scores (and per analyst's view): a 200 × 205 round is half a megabyte of JSON.
            var json = await analysis.RememberAsync("heatmap.json", dependsOnScores: true, () => Task.FromResult(Serialise(analysis)));
            return Results.Bytes(json, "application/json");
        });

    /// <summary>The heat map's data; System.Text.Json writes &lt;, &gt;, &amp; and quotes in names as \u escapes, so the payload is inert as HTML too.</summary>
    internal static byte[] Serialise(RoundAnalysis analysis)
    {
        var cells = new List<object?[]>();
        for (var c = 0; c < analysis.Countries.Count; c++)
        {
            for (var t = 0; t < analysis.Technologies.Count; t++)
            {
                var pair = analysis.PairOf(c, t);
                object?[] cell = [t, c, analysis.Index.IsComplete(pair) ? Math.Round(analysis.Index.Index(pair), 1) : null];
                cells.Add(analysis.Sees(pair) ? cell : [.. cell, 1]);
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
