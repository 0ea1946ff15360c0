using System.Text;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Auditing;

namespace PartnerPortal.Web.Features.Admin;

public static class AuditExportEndpoints
{
    /// <summary>GET /admin/audit/export.csv with the audit page's filters: the same CSV as the CLI's "audit export".</summary>
    public static void MapAuditExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/admin/audit/export.csv", async (string? actor, string? entity, DateOnly? from, DateOnly? to, AuditLogReader reader, HttpContext context) =>
            {
                var buffer = new StringWriter();
                await reader.ExportCsvAsync(new AuditQuery(actor, entity, null, from, to), buffer, context.RequestAborted);
                return Results.File(Encoding.UTF8.GetBytes(buffer.ToString()), "text/csv; charset=utf-8", "audit-log.csv");
            })
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Admin));
}
