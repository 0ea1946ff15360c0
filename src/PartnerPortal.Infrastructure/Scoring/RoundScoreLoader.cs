using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// Loads a round's scores for recomputation. The scores come over one binary COPY and go straight into the
/// flat sheet: at 4 million rows an entity per score would cost more than the whole recompute.
/// </summary>
public sealed class RoundScoreLoader(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <param name="order">
    /// The technologies and criteria in the order to lay the sheet out in; by default today's Table 4.1 and
    /// criterion order. A published round's analysis passes the order it published in (ADR-007).
    /// </param>
    public async Task<RoundScores> LoadAsync(int roundId, (IReadOnlyList<int> TechnologyIds, IReadOnlyList<int> CriterionIds)? order = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var countryIds = await db.Rounds.Where(r => r.Id == roundId).SelectMany(r => r.Countries).OrderBy(c => c.Position).Select(c => c.CountryId).ToListAsync(cancellationToken);
        var technologyIds = order?.TechnologyIds ?? await db.Rounds.Where(r => r.Id == roundId).SelectMany(r => r.Technologies)
            .OrderBy(t => t.Technology!.Position).Select(t => t.TechnologyId).ToListAsync(cancellationToken);
        var criteria = order?.CriterionIds ?? await db.Criteria.OrderBy(c => c.Position).Select(c => c.Id).ToListAsync(cancellationToken);
        var analystIds = await db.Scores.Where(s => s.RoundId == roundId).Select(s => s.AnalystId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        var weights = await WeightsAsync(db, roundId, criteria, cancellationToken);
        if (countryIds.Count == 0 || technologyIds.Count == 0 || criteria.Count == 0)
        {
            throw new InvalidOperationException($"Round {roundId} has no countries, technologies or criteria in scope.");
        }

        var sheet = new ScoreSheet(countryIds.Count, technologyIds.Count, criteria.Count, Math.Max(1, analystIds.Count));
        var countryIndex = IndexOf(countryIds);
        var technologyIndex = IndexOf(technologyIds);
        var criterionIndex = IndexOf(criteria);
        // Opened through EF so that the context closes it again when it goes back to the pool.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // Analysts are numbered in SQL so 4 million rows carry a small integer instead of a 36-character id.
        // COPY takes no parameters; the round id is an integer, so inlining it is safe.
        var copy = $"""
            COPY (
                SELECT s.country_id, s.technology_id, s.criterion_id, a.number, s.value
                FROM scores s
                JOIN (SELECT analyst_id, (row_number() OVER (ORDER BY analyst_id COLLATE "C") - 1)::int AS number
                      FROM (SELECT DISTINCT analyst_id FROM scores WHERE round_id = {roundId}) d) a USING (analyst_id)
                WHERE s.round_id = {roundId} AND s.value IS NOT NULL
            ) TO STDOUT (FORMAT BINARY)
            """;
        analystIds = [.. analystIds.Order(StringComparer.Ordinal)];
        using (var reader = await connection.BeginBinaryExportAsync(copy, cancellationToken))
        {
            reader.Timeout = TimeSpan.FromMinutes(5);
            while (reader.StartRow() != -1)
            {
                var country = reader.Read<int>();
                var technology = reader.Read<int>();
                var criterion = reader.Read<int>();
                var analyst = reader.Read<int>();
                var value = (byte)reader.Read<short>();
                if (countryIndex.TryGetValue(country, out var c) && technologyIndex.TryGetValue(technology, out var t) && criterionIndex.TryGetValue(criterion, out var k))
                {
                    sheet[ScoreSheet.PairOf(c, t, technologyIds.Count), k, analyst] = value;
                }
            }
        }
        return new RoundScores(sheet, countryIds, technologyIds, criteria, analystIds, weights);
    }

    /// <summary>The round's weights in the criteria's order, as set (equal when it sets none).</summary>
    internal static async Task<List<double>> WeightsAsync(PortalDbContext db, int roundId, IReadOnlyList<int> criterionIds, CancellationToken cancellationToken)
    {
        var setWeights = await db.RoundCriterionWeights.Where(w => w.RoundId == roundId).ToDictionaryAsync(w => w.CriterionId, w => w.Weight, cancellationToken);
        return [.. criterionIds.Select(id => setWeights.Count == 0 ? 1.0 : setWeights.GetValueOrDefault(id))];
    }

    private static Dictionary<int, int> IndexOf(IReadOnlyList<int> ids) =>
        Enumerable.Range(0, ids.Count).ToDictionary(i => ids[i]);
}
