using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Ranking;

namespace PartnerPortal.Web.Features.Rounds;

public static class RoundExportEndpoints
{
    /// <summary>What each export of a round comes as; the first is the one its link offers first.</summary>
    private static readonly Dictionary<string, string[]> Formats = new()
    {
        ["longlist"] = ["csv", "json", "xlsx"],
        ["shortlist"] = ["csv", "json", "xlsx"],
        ["ranking"] = ["csv", "xlsx"],
        ["report"] = ["docx"],
    };

    /// <summary>
    /// GET /rounds/{slug}/export/{table}.{format}: the same files the CLI's export writes — Tables 6.1 and 6.2
    /// (longlist, shortlist: csv, json, xlsx), the ranking (csv, xlsx; the grid's filter and sort as query values,
    /// so the file holds exactly what the grid shows) and the round report (docx). An export the round does not
    /// have is a 404, a format it does not come in a 400 saying which it does.
    /// </summary>
    public static void MapRoundExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/rounds/{slug}/export/{table}.{format}",
            async (string slug, string table, string format, HttpContext context, IServiceProvider services,
                string? technology, string? country, string? theme, string? longlist, string? disagreement, string? sort, string? order,
                string? screening, string? contradictions) =>
            {
                if (!Formats.TryGetValue(table, out var formats))
                {
                    return Results.Text($"A round has no '{table}' export; there are {string.Join(", ", Formats.Keys)}.", statusCode: StatusCodes.Status404NotFound);
                }
                if (!formats.Contains(format))
                {
                    return Results.Text($"The {table} downloads as {Alternatives(formats)}, not '{format}'.", statusCode: StatusCodes.Status400BadRequest);
                }
                var viewer = RoundViewer.From(context.User);
                // Buffered so a missing round is a clean 404, not a half-written file.
                var buffer = new MemoryStream();
                string contentType;
                try
                {
                    switch (table)
                    {
                        case "report":
                            await services.GetRequiredService<RoundReportWriter>().WriteAsync(slug, buffer, viewer, context.RequestAborted);
                            contentType = RoundReportWriter.ContentType;
                            break;
                        case "ranking":
                            var ranking = services.GetRequiredService<RoundRanking>();
                            var criteria = (await ranking.ReadAsync(slug, viewer, cancellationToken: context.RequestAborted)).Criteria;
                            if (RankingQuery.Parse(criteria, technology, country, theme, longlist, disagreement, sort, order, screening, contradictions) is not { } query)
                            {
                                return Results.Text(RankingQuery.Usage(criteria), statusCode: StatusCodes.Status400BadRequest);
                            }
                            var exportFormat = ParseFormat(format);
                            await services.GetRequiredService<RankingExporter>().ExportAsync(slug, exportFormat, buffer, viewer, query.Filter, query.Sort, context.RequestAborted);
                            contentType = RoundExporter.ContentType(exportFormat);
                            break;
                        default:
                            var tableFormat = ParseFormat(format);
                            await services.GetRequiredService<RoundExporter>().ExportAsync(
                                slug, table == "longlist" ? RoundTable.Longlist : RoundTable.Shortlist, tableFormat, buffer, viewer, context.RequestAborted);
                            contentType = RoundExporter.ContentType(tableFormat);
                            break;
                    }
                }
                catch (RoundNotFoundException e)
                {
                    return Results.NotFound(e.Message);
                }
                catch (RoundHiddenException e)
                {
                    return Results.Text(e.Message, statusCode: StatusCodes.Status403Forbidden);
                }
                return Results.File(buffer.ToArray(), contentType, $"{slug}-{table}.{format}");
            });

    private static ExportFormat ParseFormat(string format) => Enum.Parse<ExportFormat>(format, ignoreCase: true);

    private static string Alternatives(string[] formats) => formats.Length == 1 ? formats[0] : $"{string.Join(", ", formats[..^1])} or {formats[^1]}";
}
