using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// Issue budget: loading a 4.1 M-score round from PostgreSQL and recomputing takes under 5 s. Compared with
/// the same per pair × criterion statistics computed by PostgreSQL itself in one GROUP BY.
/// </summary>
[Config(typeof(InProcessConfig))]
public class LoadBenchmarks
{
    private BenchmarkDatabase _database = null!;
    private int _roundId;

    // Synchronous entry points: the in-process toolchain does not await asynchronous setup.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _database = await BenchmarkDatabase.StartAsync();
        _roundId = await _database.GenerateRoundAsync(countries: 200, technologies: 205, analysts: 20);
        await using var connection = new NpgsqlConnection(_database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE scores", connection);
        await vacuum.ExecuteNonQueryAsync();
    }

    private async Task CleanupAsync()
    {
        await _database.DisposeAsync();
    }

    [Benchmark(Description = "load 4.1 M scores from PostgreSQL (binary COPY) and aggregate in memory")]
    public async Task<RoundAggregate> LoadAndAggregate() =>
        (await _database.Services.GetRequiredService<RoundScoreLoader>().LoadAsync(_roundId)).Aggregate();

    [Benchmark(Description = "the same statistics computed by PostgreSQL in one GROUP BY")]
    public async Task<int> PostgresGroupBy()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT country_id, technology_id, criterion_id, count(value), avg(value), stddev_samp(value),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY value), min(value), max(value)
            FROM scores WHERE round_id = {_roundId}
            GROUP BY country_id, technology_id, criterion_id
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }
        return rows;
    }
}
