using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PartnerPortal.Infrastructure.LocalPostgres;

namespace PartnerPortal.Infrastructure.Persistence;

/// <summary>
/// Contexts for work that only reads a lot — the longlist and shortlist exports — from a read replica when
/// <c>ConnectionStrings:PortalReadOnly</c> is set, so a burst of downloads does not load the primary. Without
/// it, the portal's own database. A replica lags the primary by its replication delay (usually well under a
/// second); an export taken just after a decision may not show it yet.
/// </summary>
public sealed class ReportingDbContextFactory(PortalDatabase database, IConfiguration configuration) : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DependencyInjection.ConfigureDbContext(options, configuration.GetConnectionString("PortalReadOnly") is { Length: > 0 } replica ? replica : database.ConnectionString);
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return new PortalDbContext(options.Options);
    }
}
