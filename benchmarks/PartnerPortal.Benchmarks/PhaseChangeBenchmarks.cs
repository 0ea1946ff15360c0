using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
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
    private BenchmarkDatabase _database = null!;
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
        _database = await BenchmarkDatabase.StartAsync();
        await _database.GenerateRoundAsync(countries: 20, technologies: 10, analysts: Analysts);
        _lifecycle = _database.Services.GetRequiredService<RoundLifecycle>();
        _analysts = [.. (await _database.OneScorePerAnalystAsync()).Select(score => Task.Run(() => SaveWithoutPauseAsync(score)))];
    }

    /// <summary>One analyst saving one score over and over; refused while the round is in Review, as the portal would refuse them.</summary>
    private async Task SaveWithoutPauseAsync(ScoreInput input)
    {
        var recorder = _database.Services.GetRequiredService<ScoreRecorder>();
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
        await _database.DisposeAsync();
    }

    [Benchmark(Description = "close scoring and reopen it while 16 analysts save without pause")]
    public async Task CloseAndReopenScoring()
    {
        await _lifecycle.MoveAsync("bench", RoundStatus.Review);
        await _lifecycle.MoveAsync("bench", RoundStatus.Scoring);
    }
}
