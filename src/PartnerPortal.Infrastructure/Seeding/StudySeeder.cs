using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Loads the study into the database. Each aggregate (a criterion with its questions, a country with its
/// selection criteria, a round with its longlist and shortlist…) is inserted when its natural key is
/// missing and otherwise left alone: seeding twice changes nothing, and a restart never overwrites what
/// admins have since edited. Seeded entities are attached as they are, so load a fresh
/// <see cref="StudySeedData"/> for every run.
/// </summary>
public sealed class StudySeeder(IDbContextFactory<PortalDbContext> contextFactory, AuditTrail audit, ILogger<StudySeeder> logger)
{
    public async Task<SeedReport> SeedAsync(StudySeedData seed, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Hundreds of seeded rows are one event for the audit trail: a single summary entry, below.
        db.AuditSuppressed = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = new SeedReport();

        report.Count("motivations", await AddMissingAsync(db, seed.Motivations, m => m.Code, cancellationToken));
        report.Count("principles", await AddMissingAsync(db, seed.Principles, p => p.Code, cancellationToken));
        report.Count("instruments", await AddMissingAsync(db, seed.Instruments, i => i.Code, cancellationToken));
        report.Count("criteria", await AddMissingAsync(db, seed.Criteria, c => c.Code, cancellationToken));
        report.Count("scale levels", await AddMissingScaleLevelsAsync(db, seed.Criteria, cancellationToken));
        report.Count("indicators", await AddMissingAsync(db, seed.Indicators, i => i.Code, cancellationToken));
        report.Count("statement rules", await AddRulesOnceAsync(db, seed.StatementRules, cancellationToken));

        var themes = await ResolveAsync(db, seed.Themes, t => t.Code, report, "themes", cancellationToken);
        foreach (var group in seed.TechGroups)
        {
            group.Theme = themes[group.Theme!.Code];
        }
        var groups = await ResolveAsync(db, seed.TechGroups, g => g.Letter, report, "tech groups", cancellationToken);
        foreach (var technology in seed.Technologies)
        {
            technology.TechGroup = groups[technology.TechGroup!.Letter];
        }
        var technologies = await ResolveAsync(db, seed.Technologies, t => t.Slug, report, "technologies", cancellationToken);
        var countries = await ResolveCountriesAsync(db, seed.Countries, report, cancellationToken);
        report.Count("technology sensitivities", await AddMissingSensitivitiesAsync(db, seed.Sensitivities, technologies, cancellationToken));
        report.Count("criterion indicators", await AddIndicatorLinksOnceAsync(db, seed.IndicatorLinks, cancellationToken));

        foreach (var roundSeed in seed.Rounds)
        {
            if (await db.Rounds.AnyAsync(r => r.Slug == roundSeed.Round.Slug, cancellationToken))
            {
                continue;
            }
            var round = roundSeed.Round;
            round.HomeCountry = countries[round.HomeCountry!.Code];
            round.Countries.ForEach(c => c.Country = countries[c.Country!.Code]);
            round.Technologies.ForEach(t => t.Technology = technologies[t.Technology!.Slug]);
            db.Rounds.Add(round);
            await db.SaveChangesAsync(cancellationToken);

            foreach (var evidence in roundSeed.Evidence)
            {
                evidence.RoundId = round.Id;
                evidence.Country = countries[evidence.Country!.Code];
                evidence.Technology = technologies[evidence.Technology!.Slug];
            }
            db.LonglistEvidence.AddRange(roundSeed.Evidence);
            foreach (var entry in roundSeed.Shortlist)
            {
                entry.RoundId = round.Id;
                entry.Technology = technologies[entry.Technology!.Slug];
                entry.Partners.ForEach(p => p.Country = countries[p.Country!.Code]);
            }
            db.ShortlistEntries.AddRange(roundSeed.Shortlist);
            await db.SaveChangesAsync(cancellationToken);
            report.Count("rounds", 1);
        }

        if (report.Total > 0)
        {
            audit.Record(db, "seed.applied", "StudySeed", "seed-data", newValues: report.Added);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the study: {SeedReport}", report.ToString());
        return report;
    }

    private static async Task<int> AddMissingAsync<T>(PortalDbContext db, IEnumerable<T> seeded, Func<T, string> key, CancellationToken cancellationToken)
        where T : class
    {
        var existing = (await db.Set<T>().AsNoTracking().ToListAsync(cancellationToken)).Select(key).ToHashSet();
        var missing = seeded.Where(item => !existing.Contains(key(item))).ToList();
        db.Set<T>().AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    /// <summary>A technology's tagging is seeded when it has none; an admin's edits are never overwritten.</summary>
    private static async Task<int> AddMissingSensitivitiesAsync(
        PortalDbContext db, IReadOnlyList<SensitivitySeed> seeded, IReadOnlyDictionary<string, Technology> technologies, CancellationToken cancellationToken)
    {
        var tagged = (await db.TechnologySensitivities.Select(s => s.TechnologyId).ToListAsync(cancellationToken)).ToHashSet();
        var missing = seeded.Select(s => (s, id: technologies[s.TechnologySlug].Id)).Where(x => !tagged.Contains(x.id)).ToList();
        foreach (var (seed, id) in missing)
        {
            seed.Sensitivity.TechnologyId = id;
            db.TechnologySensitivities.Add(seed.Sensitivity);
        }
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    /// <summary>Links are the admins' to edit and delete, like statement rules: seeded into an empty table only.</summary>
    private static async Task<int> AddIndicatorLinksOnceAsync(PortalDbContext db, IReadOnlyList<IndicatorLinkSeed> seeded, CancellationToken cancellationToken)
    {
        if (await db.CriterionIndicatorLinks.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var criteria = await db.Criteria.ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        var links = seeded.Where(l => criteria.ContainsKey(l.CriterionCode) && indicators.ContainsKey(l.IndicatorCode))
            .Select(l => new Domain.Contradictions.CriterionIndicatorLink
            {
                CriterionId = criteria[l.CriterionCode], IndicatorId = indicators[l.IndicatorCode], HigherValueSupportsHigherScore = l.HigherValueSupportsHigherScore,
            }).ToList();
        db.CriterionIndicatorLinks.AddRange(links);
        await db.SaveChangesAsync(cancellationToken);
        return links.Count;
    }

    /// <summary>Rules are the admins' to edit and delete: seeded into an empty table only, never brought back.</summary>
    private static async Task<int> AddRulesOnceAsync(PortalDbContext db, IReadOnlyList<Domain.Indicators.StatementRule> seeded, CancellationToken cancellationToken)
    {
        if (await db.StatementRules.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        foreach (var rule in seeded)
        {
            rule.IndicatorId = indicators[rule.Indicator!.Code];
            rule.Indicator = null;
        }
        db.StatementRules.AddRange(seeded);
        await db.SaveChangesAsync(cancellationToken);
        return seeded.Count;
    }

    /// <summary>
    /// Criteria seeded before the anchored scale existed get its levels; a criterion that already has any
    /// level is left as its admins keep it.
    /// </summary>
    private static async Task<int> AddMissingScaleLevelsAsync(PortalDbContext db, IEnumerable<Domain.Framework.Criterion> seeded, CancellationToken cancellationToken)
    {
        var withoutScale = await db.Criteria.Where(c => !c.ScaleLevels.Any()).ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var added = seeded
            .Where(c => withoutScale.ContainsKey(c.Code))
            .SelectMany(c => c.ScaleLevels.Select(l => new Domain.Framework.ScaleLevel { CriterionId = withoutScale[c.Code], Level = l.Level, Description = l.Description }))
            .ToList();
        db.Set<Domain.Framework.ScaleLevel>().AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

    /// <summary>Adds what is missing and returns every seeded key mapped to the entity the database now holds.</summary>
    private static async Task<Dictionary<string, T>> ResolveAsync<T>(
        PortalDbContext db, IEnumerable<T> seeded, Func<T, string> key, SeedReport report, string kind, CancellationToken cancellationToken)
        where T : class
    {
        var resolved = (await db.Set<T>().ToListAsync(cancellationToken)).ToDictionary(key);
        var added = 0;
        foreach (var item in seeded.Where(item => !resolved.ContainsKey(key(item))))
        {
            db.Set<T>().Add(item);
            resolved[key(item)] = item;
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        report.Count(kind, added);
        return resolved;
    }

    /// <summary>Countries first, then the memberships of newly added groupings, since members are countries too.</summary>
    private static async Task<Dictionary<string, Country>> ResolveCountriesAsync(
        PortalDbContext db, IReadOnlyList<Country> seeded, SeedReport report, CancellationToken cancellationToken)
    {
        var memberships = seeded.ToDictionary(c => c.Code, c => c.Members.Select(m => m.Member!.Code).ToList());
        foreach (var country in seeded)
        {
            country.Members = [];
        }
        var countries = await ResolveAsync(db, seeded, c => c.Code, report, "countries", cancellationToken);
        foreach (var added in seeded.Where(c => ReferenceEquals(countries[c.Code], c)))
        {
            added.Members = memberships[added.Code].Select(code => new GroupingMember { Member = countries[code] }).ToList();
        }
        await db.SaveChangesAsync(cancellationToken);
        return countries;
    }
}
