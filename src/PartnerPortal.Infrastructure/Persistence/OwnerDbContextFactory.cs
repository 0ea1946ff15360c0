using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.LocalPostgres;

namespace PartnerPortal.Infrastructure.Persistence;

/// <summary>
/// Contexts on the owner's connection (<see cref="PortalDatabase.OwnerConnectionString"/>), for the work only the
/// tables' owner may do: migrating, and the indicator import, whose bulk merge drops and re-adds foreign keys.
/// Saves are audited as on the application's connection. Not pooled: both are rare.
/// </summary>
public sealed class OwnerDbContextFactory(PortalDatabase database, AuditingInterceptor auditing) : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DependencyInjection.ConfigureDbContext(options, database.OwnerConnectionString);
        options.AddInterceptors(auditing);
        return new PortalDbContext(options.Options);
    }
}
