using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Demo;

/// <summary>
/// A reproducible demo round for trying the portal and measuring it: the seeded real countries and
/// technologies as far as the requested size allows (the study's partners and technologies first), invented
/// ones marked as generated only beyond that, analysts, and scores around each pair's underlying merit
/// (10 % "insufficient evidence") written with binary COPY.
/// </summary>
public sealed class DemoRoundGenerator(IDbContextFactory<PortalDbContext> contextFactory, UserAdministration accounts)
{
    public Task<int> GenerateAsync(string slug, int countries, int technologies, int analysts, int seed, CancellationToken cancellationToken = default) =>
        GenerateAsync(new DemoRoundRequest(slug, countries, technologies, seed) { AnalystCount = analysts }, cancellationToken);

    public async Task<int> GenerateAsync(DemoRoundRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditSuppressed = true;
        var groups = await db.TechGroups.OrderBy(g => g.Letter).ToListAsync(cancellationToken);
        var home = await db.Countries.FirstOrDefaultAsync(c => c.Code == "GBR", cancellationToken);
        var criteria = await db.Criteria.OrderBy(c => c.Position).Select(c => c.Id).ToListAsync(cancellationToken);
        if (groups.Count == 0 || home is null || criteria.Count == 0)
        {
            throw new DemoRoundException("The database holds no study framework (criteria, technology groups, the UK as home country): run './portal seed' first.");
        }
        if (await db.Rounds.AnyAsync(r => r.Slug == request.Slug, cancellationToken))
        {
            throw new DemoRoundException($"A round '{request.Slug}' exists already; choose another --slug or delete it with './portal round delete --round {request.Slug}'.");
        }
        var slug = request.Slug;
        var roundCountries = await PickCountriesAsync(db, home.Id, request.Countries, slug, cancellationToken);
        var roundTechnologies = await PickTechnologiesAsync(db, groups, request.Technologies, slug, cancellationToken);
        var analysts = request.AnalystEmails.Count > 0 ? request.AnalystEmails.Count : request.AnalystCount;
        var round = new Round
        {
            Slug = slug, Name = request.Name ?? $"Demo round ({request.Countries} × {request.Technologies} × {analysts}, seed {request.Seed})",
            Agency = "Demo agency", HomeCountryId = home.Id, Status = request.Status, Origin = request.Origin,
            Description = request.Description ?? $"Generated with seed {request.Seed} for load and performance measurements.",
            Countries = roundCountries.Select((c, i) => new RoundCountry { Country = c, Position = i + 1 }).ToList(),
            Technologies = roundTechnologies.Select(t => new RoundTechnology { Technology = t }).ToList(),
        };
        db.Rounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);

        var analystIds = await AnalystIdsAsync(db, request, cancellationToken);
        db.Set<RoundAnalyst>().AddRange(analystIds.Select(id => new RoundAnalyst { RoundId = round.Id, AnalystId = id }));
        await db.SaveChangesAsync(cancellationToken);

        // Opened through EF so that the context closes it again when it goes back to the pool.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await WriteScoresAsync(connection, round.Id, roundCountries, roundTechnologies, criteria, analystIds, new Random(request.Seed), cancellationToken);
        await WriteLonglistEvidenceAsync(connection, round.Id, roundCountries, roundTechnologies, new Random(request.Seed + 1), cancellationToken);
        return round.Id;
    }

    /// <summary>
    /// Real countries first — those other rounds take (the study's partners) before the rest — then invented
    /// ones, marked by a code no real country has, only for what the real ones cannot fill.
    /// </summary>
    private static async Task<List<Country>> PickCountriesAsync(PortalDbContext db, int homeId, int wanted, string slug, CancellationToken cancellationToken)
    {
        var inRounds = await db.Set<RoundCountry>().Select(rc => rc.CountryId).Distinct().ToListAsync(cancellationToken);
        var real = (await db.Countries.Where(c => c.Id != homeId).ToListAsync(cancellationToken))
            .Where(c => !IsGenerated(c) && (c.Kind == CountryKind.Country || inRounds.Contains(c.Id)))
            .OrderByDescending(c => inRounds.Contains(c.Id)).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(wanted)
            .ToList();
        string[] regions = ["Europe & Central Asia", "East Asia & Pacific", "North America", "South Asia", "Middle East & North Africa", "Latin America & Caribbean", "Sub-Saharan Africa"];
        var invented = Enumerable.Range(1, wanted - real.Count).Select(i => new Country
        {
            Code = $"{CountryCodePrefix(slug)}{i:0000}", Name = $"Demo country {i:000}", StudyName = $"Demo country {i:000}", Kind = CountryKind.Country,
            Region = regions[i % regions.Length], Maturity = i % 5 == 0 ? PartnerMaturity.Emerging : PartnerMaturity.Established,
        }).ToList();
        db.Countries.AddRange(invented);
        return [.. real, .. invented];
    }

    /// <summary>The seeded technologies in the study's order, then invented ones (sorted after every real one) for the rest.</summary>
    private static async Task<List<Technology>> PickTechnologiesAsync(PortalDbContext db, List<TechGroup> groups, int wanted, string slug, CancellationToken cancellationToken)
    {
        var real = await db.Technologies.Where(t => t.Position <= GeneratedTechnologyPositions).OrderBy(t => t.Position).Take(wanted).ToListAsync(cancellationToken);
        var invented = Enumerable.Range(1, wanted - real.Count).Select(i => new Technology
        {
            Slug = $"{slug}-t{i:000}", Position = GeneratedTechnologyPositions + i, Name = $"Demo technology {i:000}", ShortName = $"Demo {i:000}",
            TechGroupId = groups[i % groups.Count].Id,
            Domains = [new TechnologyDomain { Position = 1, LongName = $"Demo technology domain {i:000}", Rationale = SelectionRationale.EnhancesExistingIndustries }],
        }).ToList();
        db.Technologies.AddRange(invented);
        return [.. real, .. invented];
    }

    /// <summary>The accounts named, each of which must exist, or new generated ones (random passwords) whose address names the round.</summary>
    private async Task<List<string>> AnalystIdsAsync(PortalDbContext db, DemoRoundRequest request, CancellationToken cancellationToken)
    {
        if (request.AnalystEmails.Count > 0)
        {
            var normalised = request.AnalystEmails.Select(e => e.ToUpperInvariant()).ToList();
            var ids = await db.Users.Where(u => normalised.Contains(u.NormalizedEmail!)).Select(u => u.Id).ToListAsync(cancellationToken);
            return ids.Count == normalised.Count ? ids : throw new DemoRoundException($"Not every analyst account exists: {string.Join(", ", request.AnalystEmails)}.");
        }
        var generated = new List<string>();
        for (var i = 1; i <= request.AnalystCount; i++)
        {
            var user = await accounts.AddAsync(GeneratedAnalystEmail(request.Slug, i), [PortalRoles.Analyst], PasswordGenerator.Generate(), isDemo: true);
            generated.Add(user.Id);
        }
        return generated;
    }

    /// <summary>Generated analysts' addresses end in the round's own domain, so deleting the round can find them.</summary>
    public static string GeneratedAnalystEmail(string slug, int number) => $"analyst{number:00}@{GeneratedAccountDomain(slug)}";

    public static string GeneratedAccountDomain(string slug) => $"{slug}.demo";

    /// <summary>Generated technologies sort after every real one (Table 4.1 has 31).</summary>
    public const int GeneratedTechnologyPositions = 1000;

    /// <summary>Generated countries and technologies, which pages offering real choices leave out.</summary>
    public static bool IsGenerated(Country country) => country.Code.Contains('-');

    public static bool IsGenerated(Technology technology) => technology.Position > GeneratedTechnologyPositions;

    /// <summary>
    /// Country codes are at most 20 characters, so a long round slug cannot prefix them; a short hash of the
    /// slug keeps each generated round's countries apart.
    /// </summary>
    public static string CountryCodePrefix(string slug) =>
        "X" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(slug)))[..8] + "-";

    /// <summary>
    /// Scores as a panel would give them: each pair and criterion has an underlying merit (1–5), and each
    /// analyst scores it within a point of that merit, so analysts mostly agree and sometimes do not;
    /// 10 % of the scores are "insufficient evidence".
    /// </summary>
    private static async Task WriteScoresAsync(
        NpgsqlConnection connection, int roundId, List<Country> countries, List<Technology> technologies, List<int> criteria, List<string> analystIds,
        Random random, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY scores (round_id, country_id, technology_id, criterion_id, analyst_id, value, confidence, updated_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Millions of rows with their foreign-key checks and unique index take minutes, not the default 30 s.
        writer.Timeout = TimeSpan.FromMinutes(30);
        // Synchronous writes inside the loop: tens of millions of awaited field writes would cost more than the COPY.
        foreach (var country in countries)
        {
            foreach (var technology in technologies)
            {
                foreach (var criterion in criteria)
                {
                    var merit = random.Next(1, 6);
                    foreach (var analyst in analystIds)
                    {
                        writer.StartRow();
                        writer.Write(roundId, NpgsqlDbType.Integer);
                        writer.Write(country.Id, NpgsqlDbType.Integer);
                        writer.Write(technology.Id, NpgsqlDbType.Integer);
                        writer.Write(criterion, NpgsqlDbType.Integer);
                        writer.Write(analyst, NpgsqlDbType.Varchar);
                        if (random.NextDouble() < 0.1)
                        {
                            writer.WriteNull();
                        }
                        else
                        {
                            // −1, 0 or +1 around the merit, 0 half the time.
                            var deviation = random.Next(4) switch { 0 => -1, 1 => 1, _ => 0 };
                            writer.Write((short)Math.Clamp(merit + deviation, 1, 5), NpgsqlDbType.Smallint);
                        }
                        writer.Write("Medium", NpgsqlDbType.Varchar);
                        writer.Write(now, NpgsqlDbType.TimestampTz);
                    }
                }
            }
        }
        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>Each requirement met with probability 0.75, so about a quarter of the pairs meet all five.</summary>
    private static async Task WriteLonglistEvidenceAsync(
        NpgsqlConnection connection, int roundId, List<Country> countries, List<Technology> technologies, Random random, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY longlist_evidence (round_id, country_id, technology_id, national_priority, research_priority, innovation_initiatives, " +
            "international_programmes, home_track_record, is_reconstructed, source) FROM STDIN (FORMAT BINARY)", cancellationToken);
        writer.Timeout = TimeSpan.FromMinutes(5);
        foreach (var country in countries)
        {
            foreach (var technology in technologies)
            {
                writer.StartRow();
                writer.Write(roundId, NpgsqlDbType.Integer);
                writer.Write(country.Id, NpgsqlDbType.Integer);
                writer.Write(technology.Id, NpgsqlDbType.Integer);
                for (var requirement = 0; requirement < Domain.Longlisting.LonglistRule.RequirementCount; requirement++)
                {
                    writer.Write(random.NextDouble() < 0.75 ? "Yes" : "No", NpgsqlDbType.Varchar);
                }
                writer.Write(false, NpgsqlDbType.Boolean);
                writer.Write("Generated demo evidence", NpgsqlDbType.Text);
            }
        }
        await writer.CompleteAsync(cancellationToken);
    }
}
