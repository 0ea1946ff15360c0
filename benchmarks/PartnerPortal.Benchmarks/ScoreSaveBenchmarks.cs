using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// Issue 14: a score save locks its round's row (FOR SHARE) in its own transaction, so a publish cannot slip in
/// between its phase check and its commit. What a save costs — one analyst alone, and eight analysts of one round
/// saving at the same moment (their share locks meet on the same row) — against a load-test budget of 250 ms p95.
/// </summary>
[Config(typeof(InProcessConfig))]
public class ScoreSaveBenchmarks
{
    private BenchmarkDatabase _database = null!;
    private ScoreRecorder _recorder = null!;
    private ScoreInput[] _scores = [];

    [Params(1, 8)]
    public int Analysts { get; set; }

    // Synchronous entry points: the in-process toolchain does not await asynchronous setup.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _database = await BenchmarkDatabase.StartAsync();
        await _database.GenerateRoundAsync(countries: 20, technologies: 10, analysts: 8);
        _recorder = _database.Services.GetRequiredService<ScoreRecorder>();
        _scores = [.. await _database.OneScorePerAnalystAsync()];
    }

    private async Task CleanupAsync()
    {
        await _database.DisposeAsync();
    }

    [Benchmark(Description = "score saves at once on one round (each: phase check under the round's lock, write, audit entry, commit)")]
    public async Task SaveAtOnce()
    {
        await Task.WhenAll(Enumerable.Range(0, Analysts).Select(async i =>
        {
            var input = _scores[i] with { Value = _scores[i].Value == 3 ? (byte)4 : (byte)3 };
            var saved = await _recorder.SaveAsync(input);
            _scores[i] = input with { ExpectedVersion = saved.Score.Version };
        }));
    }
}
