using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Countries;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Framework;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Infrastructure.Technologies;

namespace PartnerPortal.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<PortalDatabase>();
        // The connection string is known only once PortalDatabase has started (the embedded cluster picks
        // its port then), so options are built per context rather than at registration.
        services.AddDbContextFactory<PortalDbContext>((provider, options) =>
            ConfigureDbContext(options, provider.GetRequiredService<PortalDatabase>().ConnectionString));
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<StudySeeder>();
        services.AddSingleton<FrameworkCatalog>();
        services.AddSingleton<TechnologyCatalog>();
        services.AddSingleton<CountryDirectory>();
        services.AddSingleton<RoundCatalog>();
        services.AddSingleton<LonglistReader>();
        services.AddSingleton<ShortlistReader>();
        services.AddSingleton<RoundExporter>();
        return services;
    }

    public static void ConfigureDbContext(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString)
            // Migrations are written by hand (the EF design package cannot be restored here), so there is no
            // model snapshot to compare against; a test compares the migrated schema with the model instead.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
}
