using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Seeding;

namespace PartnerPortal.Infrastructure.Persistence;

public static class DatabasePreparation
{
    /// <summary>Starts (or connects to) the database, applies migrations and, unless switched off, seeds the study.</summary>
    public static async Task PreparePortalDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<PortalDatabase>().StartAsync(cancellationToken);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().EnsureRolesAsync();
        }
        var configuration = services.GetRequiredService<IConfiguration>();
        if (configuration.GetValue("Portal:SeedOnStartup", true))
        {
            var seed = StudySeedData.Load(SeedDataDirectory.Resolve(configuration));
            await services.GetRequiredService<StudySeeder>().SeedAsync(seed, cancellationToken);
        }
    }
}
