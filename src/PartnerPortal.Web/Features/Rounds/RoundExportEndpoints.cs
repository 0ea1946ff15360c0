using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;

namespace PartnerPortal.Web.Features.Rounds;

public static class RoundExportEndpoints
{
    /// <summary>GET /rounds/{slug}/export/{longlist|shortlist}.{csv|json|xlsx}: the same files the CLI's export writes.</summary>
    public static void MapRoundExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/rounds/{slug}/export/{table:regex(^(longlist|shortlist)$)}.{format:regex(^(csv|json|xlsx)$)}",
            async (string slug, string table, string format, RoundExporter exporter, HttpContext context) =>
            {
                var roundTable = table == "longlist" ? RoundTable.Longlist : RoundTable.Shortlist;
                var exportFormat = Enum.Parse<ExportFormat>(format, ignoreCase: true);
                // Buffered so a missing round is a clean 404, not a half-written file.
                var buffer = new MemoryStream();
                try
                {
                    await exporter.ExportAsync(slug, roundTable, exportFormat, buffer, RoundViewer.From(context.User), context.RequestAborted);
                }
                catch (RoundNotFoundException e)
                {
                    return Results.NotFound(e.Message);
                }
                catch (RoundHiddenException e)
                {
                    return Results.Text(e.Message, statusCode: StatusCodes.Status403Forbidden);
                }
                return Results.File(buffer.ToArray(), RoundExporter.ContentType(exportFormat), $"{slug}-{table}.{format}");
            });
}
