using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// Reads the <see cref="AuditNames"/> for a page of entries: the small tables whole, and of the large ones (scores,
/// evidence, decisions) only the rows the entries name.
/// </summary>
internal static class AuditNamesLoader
{
    public static async Task<AuditNames> LoadAsync(PortalDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(string, string), IReadOnlyDictionary<string, string>>();
        void Row(string type, object key, params (string Field, object? Value)[] fields) =>
            rows[(type, Text(key))] = fields.Where(f => f.Value is not null).ToDictionary(f => f.Field, f => Text(f.Value!));
        List<long> Keys(params string[] types) =>
            [.. entries.Where(e => types.Contains(e.EntityType)).Select(e => long.TryParse(e.EntityKey, out var id) ? id : -1).Where(id => id >= 0).Distinct()];

        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(cancellationToken);
        var people = new Dictionary<string, AuditPerson>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users)
        {
            people[user.Id] = new AuditPerson(user.Email ?? user.Id, user.DisplayName);
            if (user.Email is not null)
            {
                people.TryAdd(user.Email, people[user.Id]);
            }
        }
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken);
        var technologies = await db.Technologies.AsNoTracking().Select(t => new { t.Id, t.Slug, t.Name }).ToListAsync(cancellationToken);
        var criteria = await db.Criteria.AsNoTracking().Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken);
        var rounds = await db.Rounds.AsNoTracking().Select(r => new { r.Id, r.Slug, r.Name }).ToListAsync(cancellationToken);

        foreach (var entry in await db.ShortlistEntries.AsNoTracking().Select(e => new { e.Id, e.RoundId, e.TechnologyId, e.Title }).ToListAsync(cancellationToken))
        {
            Row("ShortlistEntry", entry.Id, ("RoundId", entry.RoundId), ("TechnologyId", entry.TechnologyId), ("Title", entry.Title));
        }
        if (Keys("Score") is { Count: > 0 } scoreIds)
        {
            foreach (var s in await db.Scores.AsNoTracking().Where(s => scoreIds.Contains(s.Id))
                         .Select(s => new { s.Id, s.RoundId, s.CountryId, s.TechnologyId, s.CriterionId, s.AnalystId }).ToListAsync(cancellationToken))
            {
                Row("Score", s.Id, ("RoundId", s.RoundId), ("CountryId", s.CountryId), ("TechnologyId", s.TechnologyId), ("CriterionId", s.CriterionId), ("AnalystId", s.AnalystId));
            }
        }
        if (Keys("LonglistEvidence") is { Count: > 0 } evidenceIds)
        {
            foreach (var e in await db.LonglistEvidence.AsNoTracking().Where(e => evidenceIds.Contains(e.Id))
                         .Select(e => new { e.Id, e.RoundId, e.CountryId, e.TechnologyId }).ToListAsync(cancellationToken))
            {
                Row("LonglistEvidence", e.Id, ("RoundId", e.RoundId), ("CountryId", e.CountryId), ("TechnologyId", e.TechnologyId));
            }
        }
        var partnerIds = Keys("ShortlistPartner");
        if (Keys("PrincipleAssessment") is { Count: > 0 } assessmentIds)
        {
            foreach (var a in await db.Set<PrincipleAssessment>().AsNoTracking().Where(a => assessmentIds.Contains(a.Id))
                         .Select(a => new { a.Id, a.ShortlistPartnerId, a.PrincipleId }).ToListAsync(cancellationToken))
            {
                Row("PrincipleAssessment", a.Id, ("ShortlistPartnerId", a.ShortlistPartnerId), ("PrincipleId", a.PrincipleId));
                partnerIds.Add(a.ShortlistPartnerId);
            }
        }
        if (partnerIds.Count > 0)
        {
            foreach (var p in await db.Set<ShortlistPartner>().AsNoTracking().Where(p => partnerIds.Contains(p.Id))
                         .Select(p => new { p.Id, p.ShortlistEntryId, p.CountryId }).ToListAsync(cancellationToken))
            {
                Row("ShortlistPartner", p.Id, ("ShortlistEntryId", p.ShortlistEntryId), ("CountryId", p.CountryId));
            }
        }
        if (Keys("ShortlistRationale") is { Count: > 0 } rationaleIds)
        {
            foreach (var r in await db.Set<ShortlistRationale>().AsNoTracking().Where(r => rationaleIds.Contains(r.Id))
                         .Select(r => new { r.Id, r.ShortlistEntryId }).ToListAsync(cancellationToken))
            {
                Row("ShortlistRationale", r.Id, ("ShortlistEntryId", r.ShortlistEntryId));
            }
        }
        var questions = await db.Set<GuidingQuestion>().AsNoTracking().Select(q => new { q.Id, q.CriterionId, q.Position }).ToListAsync(cancellationToken);
        foreach (var q in questions)
        {
            Row("GuidingQuestion", q.Id, ("CriterionId", q.CriterionId), ("Position", q.Position));
        }
        if (Keys("ScaleLevel") is { Count: > 0 } levelIds)
        {
            foreach (var l in await db.Set<ScaleLevel>().AsNoTracking().Where(l => levelIds.Contains(l.Id)).Select(l => new { l.Id, l.CriterionId, l.Level }).ToListAsync(cancellationToken))
            {
                Row("ScaleLevel", l.Id, ("CriterionId", l.CriterionId), ("Level", l.Level));
            }
        }
        if (Keys("TechnologyDomain") is { Count: > 0 } domainIds)
        {
            foreach (var d in await db.Set<TechnologyDomain>().AsNoTracking().Where(d => domainIds.Contains(d.Id)).Select(d => new { d.Id, d.TechnologyId, d.LongName }).ToListAsync(cancellationToken))
            {
                Row("TechnologyDomain", d.Id, ("TechnologyId", d.TechnologyId), ("LongName", d.LongName));
            }
        }
        if (Keys("CountrySelectionCriterion") is { Count: > 0 } reasonIds)
        {
            foreach (var c in await db.Set<CountrySelectionCriterion>().AsNoTracking().Where(c => reasonIds.Contains(c.Id)).Select(c => new { c.Id, c.CountryId }).ToListAsync(cancellationToken))
            {
                Row("CountrySelectionCriterion", c.Id, ("CountryId", c.CountryId));
            }
        }
        if (Keys("MotivationItem") is { Count: > 0 } itemIds)
        {
            foreach (var i in await db.Set<MotivationItem>().AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => new { i.Id, i.MotivationId, i.Position }).ToListAsync(cancellationToken))
            {
                Row("MotivationItem", i.Id, ("MotivationId", i.MotivationId), ("Position", i.Position));
            }
        }

        return new AuditNames
        {
            People = people,
            Countries = countries.ToDictionary(c => c.Id, c => c.Name),
            CountriesByCode = countries.ToDictionary(c => c.Code, c => c.Name, StringComparer.OrdinalIgnoreCase),
            Technologies = technologies.ToDictionary(t => t.Id, t => t.Name),
            TechnologiesBySlug = technologies.ToDictionary(t => t.Slug, t => t.Name),
            Criteria = criteria.ToDictionary(c => c.Id, c => c.Name),
            CriteriaByCode = criteria.ToDictionary(c => c.Code, c => c.Name),
            Rounds = rounds.ToDictionary(r => r.Id, r => r.Name),
            RoundsBySlug = rounds.ToDictionary(r => r.Slug, r => r.Name),
            Indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken),
            TechGroups = await db.TechGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Letter + ". " + g.Name, cancellationToken),
            Themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken),
            Principles = await db.Principles.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken),
            Instruments = await db.Instruments.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken),
            Motivations = await db.Motivations.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken),
            StatementRules = await db.StatementRules.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Statement, cancellationToken),
            Questions = questions.ToDictionary(q => q.Id, q => (q.CriterionId, q.Position)),
            Rows = rows,
        };
    }

    private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
