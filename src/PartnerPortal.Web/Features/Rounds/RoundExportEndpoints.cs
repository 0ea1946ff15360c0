using System.Text;
using PartnerPortal.Infrastructure.Exports;

namespace PartnerPortal.Web.Features.Rounds;

public static class RoundExportEndpoints
{
    /// <summary>GET /rounds/{slug}/export/{longlist|shortlist}.{csv|json}: the same files the CLI's export writes.</summary>
    public static void MapRoundExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/rounds/{slug}/export/{table:regex(^(longlist|shortlist)$)}.{format:regex(^(csv|json)$)}",
            async (string slug, string table, string format, RoundExporter exporter, HttpContext context) =>
            {
                var roundTable = table == "longlist" ? RoundTable.Longlist : RoundTable.Shortlist;
                var exportFormat = format == "json" ? ExportFormat.Json : ExportFormat.Csv;
                var buffer = new StringWriter();
                try
                {
                    await exporter.ExportAsync(slug, roundTable, exportFormat, buffer, context.RequestAborted);
                }
                catch (RoundNotFoundException e)
                {
                    return Results.NotFound(e.Message);
                }
                var contentType = exportFormat == ExportFormat.Json ? "application/json" : "text/csv";
                return Results.File(Encoding.UTF8.GetBytes(buffer.ToString()), $"{contentType}; charset=utf-8", $"{slug}-{table}.{format}");
            });
}
