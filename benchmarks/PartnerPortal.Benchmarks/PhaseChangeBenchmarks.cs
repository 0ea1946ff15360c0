using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// Issue 14: a phase change waits for the score saves in flight (they hold the round's lock). How long closing
/// scoring and reopening it takes while sixteen analysts save without pause: with fair locks, a few saves' time;
/// with the row lock alone, share locks overtook the waiting change and held it off for seconds.
/// </summary>
[Config(typeof(InProcessConfig))]
public class PhaseChangeBenchmarks
{
    private const int Analysts = 16;
    private LocalPostgresCluster _cluster = null!;
    private string _root = "";
    private ServiceProvider _services = null!;
    private RoundLifecycle _lifecycle = null!;
    private readonly CancellationTokenSource _stop = new();
    private List<Task> _analysts = [];
    private long _saves;

    // Synchronous entry points: the in-process toolchain does not await asynchronous setup.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), $"partnerportal-bench-{Guid.NewGuid():N}");
        _cluster = new LocalPostgresCluster(_root, PostgresBinaries.FindOrThrow());
        await _cluster.EnsureStartedAsync();
        await _cluster.CreateDatabaseIfMissingAsync("bench");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = _cluster.ConnectionString("bench") })
            .Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddInfrastructure().BuildServiceProvider();
        await _services.PreparePortalDatabaseAsync();
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoRoundGenerator>().GenerateAsync("bench", countries: 20, technologies: 10, analysts: Analysts, seed: 1);
        }
        _lifecycle = _services.GetRequiredService<RoundLifecycle>();
        await using var db = await _services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var roundId = await db.Rounds.Where(r => r.Slug == "bench").Select(r => r.Id).SingleAsync();
        var criterionId = await db.Criteria.Where(c => c.Code == "rie").Select(c => c.Id).SingleAsync();
        var scores = await (
            from s in db.Scores
            where s.RoundId == roundId && s.CriterionId == criterionId && s.Value != null
            join c in db.Countries on s.CountryId equals c.Id
            join t in db.Technologies on s.TechnologyId equals t.Id
            select new { s.AnalystId, Country = c.Code, Technology = t.Slug, s.Version }).ToListAsync();
        _analysts = [.. scores.GroupBy(s => s.AnalystId).Select(g => g.First())
            .Select(s => Task.Run(() => SaveWithoutPauseAsync(new ScoreInput("bench", s.Country, s.Technology, "rie", s.AnalystId, 3, Confidence.High, null, null, s.Version, null, "benchmark"))))];
    }

    /// <summary>One analyst saving one score over and over; refused while the round is in Review, as the portal would refuse them.</summary>
    private async Task SaveWithoutPauseAsync(ScoreInput input)
    {
        var recorder = _services.GetRequiredService<ScoreRecorder>();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                input = input with { Value = input.Value == 3 ? (byte)4 : (byte)3 };
                var saved = await recorder.SaveAsync(input);
                input = input with { ExpectedVersion = saved.Score.Version };
                Interlocked.Increment(ref _saves);
            }
            catch (RoundClosedException)
            {
            }
        }
    }

    private async Task CleanupAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_analysts);
        Console.WriteLine($"// score saves stored meanwhile: {Interlocked.Read(ref _saves)}");
        await _services.DisposeAsync();
        await _cluster.StopAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark(Description = "close scoring and reopen it while 16 analysts save without pause")]
    public async Task CloseAndReopenScoring()
    {
        await _lifecycle.MoveAsync("bench", RoundStatus.Review);
        await _lifecycle.MoveAsync("bench", RoundStatus.Scoring);
    }
}
