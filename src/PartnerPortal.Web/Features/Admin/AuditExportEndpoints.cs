using System.Text;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Web.Components;

namespace PartnerPortal.Web.Features.Admin;

public static class AuditExportEndpoints
{
    /// <summary>
    /// GET /admin/audit/export.csv with the audit page's filters (person, kind, round, from, to) or the CLI's
    /// (actor, part of who; entity, a table): the same CSV as the CLI's "audit export".
    /// </summary>
    public static void MapAuditExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/admin/audit/export.csv", async (string? actor, string? entity, string? person, string? kind, string? round, string? from, string? to,
                AuditLogReader reader, HttpContext context) =>
            {
                // An export that silently ignored a mistyped date or kind would hand over more than was asked for.
                if ((!string.IsNullOrEmpty(from) && QueryValues.Date(from) is null) || (!string.IsNullOrEmpty(to) && QueryValues.Date(to) is null))
                {
                    return Results.BadRequest("from and to take dates as yyyy-mm-dd.");
                }
                if (!string.IsNullOrEmpty(kind) && !AuditKinds.All.Contains(kind))
                {
                    return Results.BadRequest($"kind takes one of: {string.Join(", ", AuditKinds.All)}.");
                }
                int? roundId = int.TryParse(round, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
                if (!string.IsNullOrEmpty(round) && roundId is null)
                {
                    return Results.BadRequest("round takes a round's number.");
                }
                var buffer = new StringWriter();
                var query = new AuditQuery(actor, entity, null, QueryValues.Date(from), QueryValues.Date(to), person, kind, roundId);
                await reader.ExportCsvAsync(query, buffer, context.RequestAborted);
                return Results.File(Encoding.UTF8.GetBytes(buffer.ToString()), "text/csv; charset=utf-8", "audit-log.csv");
            })
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Admin));
}
