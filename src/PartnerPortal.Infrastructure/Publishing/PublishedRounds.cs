using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Publishing;

/// <summary>
/// Reads published rounds' snapshots (ADR-007) a part at a time: a reader asks for the part it renders, and a
/// round without a snapshot (not published) answers null, so the reader computes it from live data as before.
/// Each part is cut out of the document by PostgreSQL: a large round's Table 6.1 is megabytes, and the print
/// page's header should not pay for it.
/// </summary>
public static class PublishedRounds
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize(PublishedRound document) => JsonSerializer.Serialize(document, Json);

    /// <param name="part">The name of a <see cref="PublishedRound"/> property, e.g. <c>nameof(PublishedRound.Longlist)</c>.</param>
    /// <returns>The part as the round published it; null when the round has no snapshot.</returns>
    public static async Task<T?> PartAsync<T>(PortalDbContext db, int roundId, string part, CancellationToken cancellationToken) where T : class
    {
        var key = JsonNamingPolicy.CamelCase.ConvertName(part);
        var found = await db.Database
            .SqlQuery<SnapshotPart>($"""SELECT schema_version AS "SchemaVersion", (document -> {key})::text AS "Json" FROM round_snapshots WHERE round_id = {roundId}""")
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        // A document from a newer portal (or a part it lacks) is never read as something it is not: a published
        // round's outputs either show what was published or fail, they never quietly fall back to today's data.
        if (found.SchemaVersion != PublishedRound.SchemaVersion || found.Json is null)
        {
            throw new InvalidOperationException(
                $"Round {roundId}'s snapshot is of schema version {found.SchemaVersion}{(found.Json is null ? $" and has no '{key}'" : "")}; this portal reads version {PublishedRound.SchemaVersion}.");
        }
        return JsonSerializer.Deserialize<T>(found.Json, Json);
    }

    /// <summary>
    /// A part added to the document after some rounds were published (their snapshots lack it until start-up adds
    /// it): null when the round has no snapshot or the snapshot has no such part, so the reader uses live data.
    /// </summary>
    public static async Task<T?> OptionalPartAsync<T>(PortalDbContext db, int roundId, string part, CancellationToken cancellationToken) where T : class
    {
        var key = JsonNamingPolicy.CamelCase.ConvertName(part);
        var found = await db.Database
            .SqlQuery<SnapshotPart>($"""SELECT schema_version AS "SchemaVersion", (document -> {key})::text AS "Json" FROM round_snapshots WHERE round_id = {roundId}""")
            .SingleOrDefaultAsync(cancellationToken);
        return found?.Json is { } json && json != "null" ? JsonSerializer.Deserialize<T>(json, Json) : null;
    }

    /// <summary>Adds a part to the round's snapshot when it lacks it, leaving every other part as published.</summary>
    public static async Task AddPartAsync<T>(PortalDbContext db, int roundId, string part, T value, CancellationToken cancellationToken)
    {
        var path = new[] { JsonNamingPolicy.CamelCase.ConvertName(part) };
        var json = JsonSerializer.Serialize(value, Json);
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE round_snapshots SET document = jsonb_set(document, {path}, {json}::jsonb) WHERE round_id = {roundId} AND coalesce(document -> {path[0]}, 'null'::jsonb) = 'null'::jsonb""",
            cancellationToken);
    }

    /// <summary>The home country's name each of these rounds published under, for those that have a snapshot.</summary>
    public static async Task<Dictionary<int, string>> HomeCountriesAsync(PortalDbContext db, IReadOnlyCollection<int> roundIds, CancellationToken cancellationToken)
    {
        if (roundIds.Count == 0)
        {
            return [];
        }
        var ids = roundIds.ToArray();
        var key = JsonNamingPolicy.CamelCase.ConvertName(nameof(PublishedRound.HomeCountry));
        return await db.Database
            .SqlQuery<HomeCountryPart>($"""SELECT round_id AS "RoundId", document ->> {key} AS "HomeCountry" FROM round_snapshots WHERE round_id = ANY({ids})""")
            .ToDictionaryAsync(p => p.RoundId, p => p.HomeCountry, cancellationToken);
    }

    private sealed record SnapshotPart(int SchemaVersion, string? Json);

    private sealed record HomeCountryPart(int RoundId, string HomeCountry);
}
