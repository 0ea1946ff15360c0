using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Applies the admins' statement rules to the imported data, for a country's profile, the scoring page or the
/// rules page. The outcome is kept until the audit log shows a change it depends on — an import, an indicator,
/// a rule or a country — counted and dated by id, so a change that commits late is seen too; every portal
/// instance sees the others' changes the same way.
/// </summary>
public sealed class CountryStatements(IDbContextFactory<PortalDbContext> contextFactory)
{
    private static readonly string[] DependsOn = ["IndicatorImport", nameof(Indicator), nameof(StatementRule), nameof(Country)];

    private volatile Remembered? _remembered;

    public async Task<IReadOnlyList<RuleOutcome>> ApplyAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stamp = await db.AuditLog.Where(a => DependsOn.Contains(a.EntityType)).GroupBy(_ => 1)
            .Select(g => new Stamp(g.Count(), g.Max(a => a.Id))).SingleOrDefaultAsync(cancellationToken) ?? new Stamp(0, 0);
        if (_remembered is { } remembered && remembered.Stamp == stamp)
        {
            return remembered.Outcomes;
        }
        var outcomes = await ComputeAsync(db, cancellationToken);
        _remembered = new Remembered(stamp, outcomes);
        return outcomes;
    }

    private static async Task<IReadOnlyList<RuleOutcome>> ComputeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rules = await db.StatementRules.AsNoTracking().Include(r => r.Indicator).OrderBy(r => r.Statement).ToListAsync(cancellationToken);
        var indicatorIds = rules.Select(r => r.IndicatorId).Distinct().ToList();
        var countryValues = db.IndicatorValues.Where(v => indicatorIds.Contains(v.IndicatorId))
            .Join(db.Countries.Where(c => c.Kind == CountryKind.Country), v => v.CountryId, c => c.Id, (v, c) => v);
        var coverage = (await countryValues.GroupBy(v => new { v.IndicatorId, v.Year })
                .Select(g => new { g.Key.IndicatorId, g.Key.Year, Countries = g.Count() }).ToListAsync(cancellationToken))
            .ToLookup(c => c.IndicatorId, c => (c.Year, c.Countries));
        var names = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Id, c => (c.Code, c.Name), cancellationToken);

        var outcomes = new List<RuleOutcome>();
        foreach (var rule in rules)
        {
            var year = rule.ChooseYear(coverage[rule.IndicatorId]);
            var values = year is null ? [] : (await countryValues.Where(v => v.IndicatorId == rule.IndicatorId && v.Year == year)
                .Select(v => new { v.CountryId, v.Value }).ToListAsync(cancellationToken)).Select(v => (v.CountryId, v.Value)).ToList();
            var statements = year is null ? [] : rule.Apply(rule.Indicator!.HigherIsBetter, year.Value, values);
            outcomes.Add(new RuleOutcome(rule, rule.Describe(rule.Indicator!), year, values.Count,
                [.. statements.Select(s => (s, names[s.CountryId].Code, names[s.CountryId].Name))]));
        }
        return outcomes;
    }

    private sealed record Stamp(int Entries, long LastId);

    private sealed record Remembered(Stamp Stamp, IReadOnlyList<RuleOutcome> Outcomes);

    /// <summary>What the rules say about one country, with the rule and data behind each statement.</summary>
    public async Task<IReadOnlyList<(RuleOutcome Rule, DerivedStatement Statement)>> ForCountryAsync(int countryId, CancellationToken cancellationToken = default) =>
        [.. (await ApplyAllAsync(cancellationToken))
            .SelectMany(o => o.Statements.Where(s => s.Statement.CountryId == countryId).Select(s => (o, s.Statement)))];
}
