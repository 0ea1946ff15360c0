using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>What the imported indicators say about one country: each indicator's latest value and its rank that year.</summary>
public sealed class CountryIndicators(IDbContextFactory<PortalDbContext> contextFactory, IndicatorDataMemo memo)
{
    /// <summary>Kept until the indicator data changes: ranking a country among all the others is the costly part of the scoring page.</summary>
    public Task<IReadOnlyList<IndicatorFact>> LatestAsync(int countryId, CancellationToken cancellationToken = default) =>
        memo.GetAsync($"latest-facts-{countryId}", (db, ct) => ComputeLatestAsync(db, countryId, ct), cancellationToken);

    private static async Task<IReadOnlyList<IndicatorFact>> ComputeLatestAsync(PortalDbContext db, int countryId, CancellationToken cancellationToken)
    {
        // Opened through EF so that the context closes it again when it goes back to the pool.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // Rank 1 is the best: the highest value, or the lowest where lower is better. Ranks are among countries
        // only, as the statement rules' are; a grouping such as the EU is placed among them without displacing any.
        await using var command = new NpgsqlCommand(
            """
            WITH latest AS (
                SELECT indicator_id, max(year) AS year FROM indicator_values WHERE country_id = @country GROUP BY indicator_id),
            country_values AS (
                SELECT o.indicator_id, o.year, o.value FROM indicator_values o JOIN countries c ON c.id = o.country_id AND c.kind = 'Country')
            SELECT i.code, i.name, i.unit, l.year, v.value,
                   (SELECT count(*) + 1 FROM country_values o WHERE o.indicator_id = l.indicator_id AND o.year = l.year
                      AND CASE WHEN i.higher_is_better THEN o.value > v.value ELSE o.value < v.value END)::int,
                   (SELECT count(*) FROM country_values o WHERE o.indicator_id = l.indicator_id AND o.year = l.year)::int
            FROM latest l
            JOIN indicators i ON i.id = l.indicator_id
            JOIN indicator_values v ON v.indicator_id = l.indicator_id AND v.country_id = @country AND v.year = l.year
            ORDER BY i.name, i.unit
            """, connection);
        command.Parameters.AddWithValue("country", countryId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var facts = new List<IndicatorFact>();
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add(new IndicatorFact(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetDouble(4), reader.GetInt32(5), reader.GetInt32(6)));
        }
        return facts;
    }

    /// <summary>Every indicator's values for the country, oldest year first.</summary>
    public async Task<IReadOnlyList<IndicatorSeries>> SeriesAsync(int countryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.CountryId == countryId)
            .Join(db.Indicators, v => v.IndicatorId, i => i.Id, (v, i) => new { i.Code, i.Name, i.Unit, v.Year, v.Value })
            .ToListAsync(cancellationToken);
        return values.GroupBy(v => (v.Code, v.Name, v.Unit))
            .OrderBy(g => g.Key.Name).ThenBy(g => g.Key.Unit)
            .Select(g => new IndicatorSeries(g.Key.Code, g.Key.Name, g.Key.Unit, [.. g.OrderBy(v => v.Year).Select(v => (v.Year, v.Value))]))
            .ToList();
    }
}
