using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests;

/// <summary>The Infrastructure services wired as the portal wires them, over a fresh database of the test's own.</summary>
public static class PortalServices
{
    public static async Task<ServiceProvider> CreateAsync(bool migrate = true, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>
            {
                ["ConnectionStrings:Portal"] = await TestPostgres.CreateDatabaseAsync(),
                // Tests read right after they write; the portal's default lets analyses lag saves by up to a second.
                ["Portal:Analysis:ScoreRefreshInterval"] = "00:00:00",
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddInfrastructure()
            .BuildServiceProvider();
        await services.GetRequiredService<PortalDatabase>().StartAsync();
        if (migrate)
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }
        return services;
    }

    /// <summary>The services over a fresh database holding the seeded study, with the account roles in place.</summary>
    public static async Task<ServiceProvider> CreateSeededAsync()
    {
        var services = await CreateAsync();
        await services.GetRequiredService<StudySeeder>().SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserAdministration>().EnsureRolesAsync();
        return services;
    }
}
