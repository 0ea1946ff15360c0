using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>Reads a round's screening inputs and the indicator standings its criteria are linked to, for its analysis.</summary>
internal static class RoundSafeguardsLoader
{
    public static async Task<RoundSafeguards> LoadAsync(
        PortalDbContext db, Round round, IReadOnlyList<AnalysedCountry> countries, IReadOnlyList<AnalysedTechnology> technologies,
        IReadOnlyList<AnalysedCriterion> criteria, CancellationToken cancellationToken)
    {
        var inputs = await ScreeningInputs.OfAsync(db, round, cancellationToken);
        var (sensitivity, risk) = (inputs.TechnologySensitivity, inputs.CountryRisk);
        var reviews = await db.ScreeningReviews.AsNoTracking().Where(r => r.RoundId == round.Id)
            .ToDictionaryAsync(r => (r.CountryId, r.TechnologyId), cancellationToken);
        var rule = round.Screening;
        var screening = new PairScreening[countries.Count * technologies.Count];
        for (var c = 0; c < countries.Count; c++)
        {
            CountryRiskLevel? countryRisk = risk.TryGetValue(countries[c].Id, out var level) ? level : null;
            for (var t = 0; t < technologies.Count; t++)
            {
                SensitivityLevel? technologySensitivity = sensitivity.TryGetValue(technologies[t].Id, out var tagged) ? tagged : null;
                screening[c * technologies.Count + t] = PairScreeningReader.Screen(
                    rule, technologySensitivity, countryRisk, reviews.GetValueOrDefault((countries[c].Id, technologies[t].Id)));
            }
        }
        return new RoundSafeguards(screening, await CountryDataAsync(db, countries, criteria, cancellationToken));
    }

    /// <summary>Per country and criterion, the linked indicators' standings that argue against a high or a low score.</summary>
    private static async Task<CriterionEvidence?[,]> CountryDataAsync(
        PortalDbContext db, IReadOnlyList<AnalysedCountry> countries, IReadOnlyList<AnalysedCriterion> criteria, CancellationToken cancellationToken)
    {
        var evidence = new CriterionEvidence?[countries.Count, criteria.Count];
        var links = await db.CriterionIndicatorLinks.AsNoTracking().ToListAsync(cancellationToken);
        if (links.Count == 0)
        {
            return evidence;
        }
        var indicatorIds = links.Select(l => l.IndicatorId).Distinct().ToList();
        // Only one year of each indicator is compared (IndicatorStandings.ComparedYear): count each year's
        // countries first, then read that year's values alone.
        var coverage = await db.IndicatorValues.AsNoTracking()
            .Where(v => indicatorIds.Contains(v.IndicatorId))
            .GroupBy(v => new { v.IndicatorId, v.Year })
            .Select(g => new { g.Key.IndicatorId, g.Key.Year, Countries = g.Count() })
            .ToListAsync(cancellationToken);
        var compared = coverage.GroupBy(c => c.IndicatorId)
            .Select(g => (Indicator: g.Key, Year: IndicatorStandings.ComparedYear(g.Select(c => (c.Year, c.Countries)))))
            .Where(c => c.Year is not null)
            .ToDictionary(c => c.Indicator, c => c.Year!.Value);
        var years = compared.Values.Distinct().ToList();
        var values = (await db.IndicatorValues.AsNoTracking()
                .Where(v => indicatorIds.Contains(v.IndicatorId) && years.Contains(v.Year))
                .Select(v => new { v.IndicatorId, v.CountryId, v.Year, v.Value })
                .ToListAsync(cancellationToken))
            .Where(v => compared[v.IndicatorId] == v.Year);
        var standings = values.GroupBy(v => v.IndicatorId)
            .ToDictionary(g => g.Key, g => IndicatorStandings.InComparedYear(g.Key, g.Select(v => (v.CountryId, v.Year, v.Value))));
        for (var k = 0; k < criteria.Count; k++)
        {
            var linked = links.Where(l => l.CriterionId == criteria[k].Id && standings.ContainsKey(l.IndicatorId)).ToList();
            if (linked.Count == 0)
            {
                continue;
            }
            for (var c = 0; c < countries.Count; c++)
            {
                evidence[c, k] = CriterionEvidence.From(linked
                    .Where(l => standings[l.IndicatorId].ContainsKey(countries[c].Id))
                    .Select(l => (standings[l.IndicatorId][countries[c].Id], l.HigherValueSupportsHigherScore)));
            }
        }
        return evidence;
    }
}
