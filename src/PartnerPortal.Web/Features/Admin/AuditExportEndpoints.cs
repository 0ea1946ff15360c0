using System.Text;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Web.Components;

namespace PartnerPortal.Web.Features.Admin;

public static class AuditExportEndpoints
{
    /// <summary>GET /admin/audit/export.csv with the audit page's filters: the same CSV as the CLI's "audit export".</summary>
    public static void MapAuditExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/admin/audit/export.csv", async (string? actor, string? entity, string? from, string? to, AuditLogReader reader, HttpContext context) =>
            {
                // An export that silently ignored a mistyped date would hand over more than was asked for.
                if ((!string.IsNullOrEmpty(from) && QueryValues.Date(from) is null) || (!string.IsNullOrEmpty(to) && QueryValues.Date(to) is null))
                {
                    return Results.BadRequest("from and to take dates as yyyy-mm-dd.");
                }
                var buffer = new StringWriter();
                await reader.ExportCsvAsync(new AuditQuery(actor, entity, null, QueryValues.Date(from), QueryValues.Date(to)), buffer, context.RequestAborted);
                return Results.File(Encoding.UTF8.GetBytes(buffer.ToString()), "text/csv; charset=utf-8", "audit-log.csv");
            })
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Admin));
}
