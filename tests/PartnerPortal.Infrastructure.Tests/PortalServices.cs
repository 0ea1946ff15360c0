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
        if (settings is null)
        {
            // As the application's role, migrated by the owner's, as the portal runs.
            settings = (await TestDatabase()).Settings();
            // Tests read right after they write; the portal's default lets analyses lag saves by up to a second.
            settings["Portal:Analysis:ScoreRefreshInterval"] = "00:00:00";
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
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

    private static Task<TestDatabase> TestDatabase() => TestPostgres.CreateDatabaseAsync();

    /// <summary>The connection settings of <paramref name="services"/>, for another instance on the same database.</summary>
    public static Dictionary<string, string?> SameDatabase(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        return new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = configuration["ConnectionStrings:Portal"],
            ["ConnectionStrings:PortalOwner"] = configuration["ConnectionStrings:PortalOwner"],
        };
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
