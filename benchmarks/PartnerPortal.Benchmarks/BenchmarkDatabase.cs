using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;

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

    /// <summary>As the portal connects: the application's role.</summary>
    public string ConnectionString => _cluster.ApplicationConnectionString("bench");

    /// <summary>As the tables' owner, for maintenance (VACUUM) the application's role may not run.</summary>
    public string OwnerConnectionString => _cluster.OwnerConnectionString("bench");

    public static async Task<BenchmarkDatabase> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"partnerportal-bench-{Guid.NewGuid():N}");
        var cluster = new LocalPostgresCluster(root, PostgresBinaries.FindOrThrow());
        await cluster.EnsureStartedAsync();
        await cluster.CreateDatabaseIfMissingAsync("bench");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Portal"] = cluster.ApplicationConnectionString("bench"),
                ["ConnectionStrings:PortalOwner"] = cluster.OwnerConnectionString("bench"),
            })
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

    /// <summary>
    /// One score of the "bench" round per analyst, as the load test's analysts each work on pairs of their own:
    /// ready to save again with the version it has now.
    /// </summary>
    public async Task<IReadOnlyList<ScoreInput>> OneScorePerAnalystAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var roundId = await db.Rounds.Where(r => r.Slug == "bench").Select(r => r.Id).SingleAsync();
        var criterionId = await db.Criteria.Where(c => c.Code == "rie").Select(c => c.Id).SingleAsync();
        var scores = await (
            from s in db.Scores
            where s.RoundId == roundId && s.CriterionId == criterionId && s.Value != null
            join c in db.Countries on s.CountryId equals c.Id
            join t in db.Technologies on s.TechnologyId equals t.Id
            select new { s.AnalystId, Country = c.Code, Technology = t.Slug, s.Version }).ToListAsync();
        return [.. scores.GroupBy(s => s.AnalystId).Select(g => g.First())
            .Select(s => new ScoreInput("bench", s.Country, s.Technology, "rie", s.AnalystId, 3, Confidence.High, null, null, s.Version, null, "benchmark"))];
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _cluster.StopAsync();
        Directory.Delete(_root, recursive: true);
    }
}
