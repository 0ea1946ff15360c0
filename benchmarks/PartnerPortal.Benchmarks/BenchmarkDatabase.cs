using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// A throwaway PostgreSQL cluster of the benchmark's own with the portal's services over it, migrated and seeded
/// as the portal is at start-up; removed again on dispose.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _root;
    private readonly LocalPostgresCluster _cluster;

    private BenchmarkDatabase(string root, LocalPostgresCluster cluster, ServiceProvider services) =>
        (_root, _cluster, Services) = (root, cluster, services);

    public ServiceProvider Services { get; }

    public string ConnectionString => _cluster.ConnectionString("bench");

    public static async Task<BenchmarkDatabase> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"partnerportal-bench-{Guid.NewGuid():N}");
        var cluster = new LocalPostgresCluster(root, PostgresBinaries.FindOrThrow());
        await cluster.EnsureStartedAsync();
        await cluster.CreateDatabaseIfMissingAsync("bench");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = cluster.ConnectionString("bench") })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddInfrastructure().BuildServiceProvider();
        await services.PreparePortalDatabaseAsync();
        return new BenchmarkDatabase(root, cluster, services);
    }

    /// <summary>A generated, fully scored round "bench" of the given size.</summary>
    public async Task<int> GenerateRoundAsync(int countries, int technologies, int analysts)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoRoundGenerator>().GenerateAsync("bench", countries, technologies, analysts, seed: 1);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _cluster.StopAsync();
        Directory.Delete(_root, recursive: true);
    }
}
