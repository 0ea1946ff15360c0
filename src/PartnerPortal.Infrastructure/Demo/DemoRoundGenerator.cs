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
/// A large, reproducible demo round for measuring: synthetic countries, technologies and analysts on top of
/// the seeded framework, and scores around each pair's underlying merit (10 % "insufficient evidence") written with binary COPY.
/// </summary>
public sealed class DemoRoundGenerator(IDbContextFactory<PortalDbContext> contextFactory, UserAdministration accounts)
{
    public async Task<int> GenerateAsync(string slug, int countries, int technologies, int analysts, int seed, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditSuppressed = true;
        var groups = await db.TechGroups.OrderBy(g => g.Letter).ToListAsync(cancellationToken);
        var home = await db.Countries.FirstAsync(c => c.Code == "GBR", cancellationToken);
        var criteria = await db.Criteria.OrderBy(c => c.Position).Select(c => c.Id).ToListAsync(cancellationToken);
        string[] regions = ["Europe & Central Asia", "East Asia & Pacific", "North America", "South Asia", "Middle East & North Africa", "Latin America & Caribbean", "Sub-Saharan Africa"];
        var demoCountries = Enumerable.Range(1, countries).Select(i => new Country
        {
            Code = $"{CountryCodePrefix(slug)}{i:0000}", Name = $"Demo country {i:000}", StudyName = $"Demo country {i:000}", Kind = CountryKind.Country,
            Region = regions[i % regions.Length], Maturity = i % 5 == 0 ? PartnerMaturity.Emerging : PartnerMaturity.Established,
        }).ToList();
        var demoTechnologies = Enumerable.Range(1, technologies).Select(i => new Technology
        {
            Slug = $"{slug}-t{i:000}", Position = GeneratedTechnologyPositions + i, Name = $"Demo technology {i:000}", ShortName = $"Demo {i:000}",
            TechGroupId = groups[i % groups.Count].Id,
            Domains = [new TechnologyDomain { Position = 1, LongName = $"Demo technology domain {i:000}", Rationale = SelectionRationale.EnhancesExistingIndustries }],
        }).ToList();
        db.Countries.AddRange(demoCountries);
        db.Technologies.AddRange(demoTechnologies);
        var round = new Round
        {
            Slug = slug, Name = $"Demo round ({countries} × {technologies} × {analysts}, seed {seed})", Agency = "Demo agency", HomeCountryId = home.Id,
            Status = RoundStatus.Scoring, Description = $"Generated with seed {seed} for load and performance measurements.",
            Countries = demoCountries.Select((c, i) => new RoundCountry { Country = c, Position = i + 1 }).ToList(),
            Technologies = demoTechnologies.Select(t => new RoundTechnology { Technology = t }).ToList(),
        };
        db.Rounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);

        var analystIds = new List<string>();
        for (var i = 1; i <= analysts; i++)
        {
            var user = await accounts.AddAsync($"analyst{i:00}@{slug}.demo", [PortalRoles.Analyst], PasswordGenerator.Generate(), isDemo: true);
            analystIds.Add(user.Id);
        }
        db.Set<RoundAnalyst>().AddRange(analystIds.Select(id => new RoundAnalyst { RoundId = round.Id, AnalystId = id }));
        await db.SaveChangesAsync(cancellationToken);

        // Opened through EF so that the context closes it again when it goes back to the pool.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await WriteScoresAsync(connection, round.Id, demoCountries, demoTechnologies, criteria, analystIds, new Random(seed), cancellationToken);
        await WriteLonglistEvidenceAsync(connection, round.Id, demoCountries, demoTechnologies, new Random(seed + 1), cancellationToken);
        return round.Id;
    }

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
