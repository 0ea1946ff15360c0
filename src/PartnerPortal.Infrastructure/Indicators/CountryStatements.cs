using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Applies the admins' statement rules to the imported data, for a country's profile, the scoring page or the
/// rules page; the outcome is kept until the data or the rules change (<see cref="IndicatorDataMemo"/>).
/// </summary>
public sealed class CountryStatements(IndicatorDataMemo memo)
{
    public Task<IReadOnlyList<RuleOutcome>> ApplyAllAsync(CancellationToken cancellationToken = default) =>
        memo.GetAsync("statement-rule-outcomes", ComputeAsync, cancellationToken);

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

    /// <summary>What the rules say about one country, with the rule and data behind each statement.</summary>
    public async Task<IReadOnlyList<(RuleOutcome Rule, DerivedStatement Statement)>> ForCountryAsync(int countryId, CancellationToken cancellationToken = default) =>
        [.. (await ApplyAllAsync(cancellationToken))
            .SelectMany(o => o.Statements.Where(s => s.Statement.CountryId == countryId).Select(s => (o, s.Statement)))];
}
