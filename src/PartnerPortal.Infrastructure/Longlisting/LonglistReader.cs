using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Infrastructure.Longlisting;

/// <summary>
/// Computes a round's longlist from its evidence with the study's rule, in Table 6.1 order. Under a rule with
/// a minimum index a verdict tells the index, so only pairs the reader may see the figures of are listed.
/// </summary>
public sealed class LonglistReader(IDbContextFactory<PortalDbContext> contextFactory, RoundScoreLoader scoreLoader)
{
    /// <summary>
    /// The longlisted pairs; once the round is published, those it published (ADR-007), whatever has been renamed
    /// since. Everyone who may see a published round sees all of it, so its pairs need no filtering.
    /// </summary>
    public async Task<IReadOnlyList<LonglistPair>> ReadAsync(int roundId, PairVisibility visible, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await PublishedRounds.PartAsync<IReadOnlyList<LonglistPair>>(db, roundId, nameof(PublishedRound.Longlist), cancellationToken)
            ?? await ComputeAsync(db, roundId, visible, cancellationToken);
    }

    /// <summary>Table 6.1's columns, the themes' headings in theme order: those the round published under, once it is published.</summary>
    public async Task<IReadOnlyList<string>> HeadingsAsync(int roundId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await PublishedRounds.PartAsync<IReadOnlyList<string>>(db, roundId, nameof(PublishedRound.LonglistHeadings), cancellationToken)
            ?? await CurrentHeadingsAsync(db, cancellationToken);
    }

    internal static async Task<IReadOnlyList<string>> CurrentHeadingsAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Themes.OrderBy(t => t.Position).Select(t => t.LonglistHeading).ToListAsync(cancellationToken);

    /// <summary>The longlist from the round's evidence and today's names (on <paramref name="db"/>, so a publish reads it in its own transaction).</summary>
    internal async Task<IReadOnlyList<LonglistPair>> ComputeAsync(PortalDbContext db, int roundId, PairVisibility visible, CancellationToken cancellationToken)
    {
        var countryOrder = await db.Rounds.Where(r => r.Id == roundId)
            .SelectMany(r => r.Countries)
            .ToDictionaryAsync(c => c.CountryId, c => c.Position, cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, cancellationToken);
        var rule = round.LonglistRule;
        // Evidence without navigations, joined here to the round's few countries and technologies: at 41,000
        // pairs, materialising each pair's country, technology, group and theme cost most of the page.
        var evidence = (await db.LonglistEvidence.AsNoTracking().Where(e => e.RoundId == roundId).ToListAsync(cancellationToken))
            .Where(e => rule.MinimumIndex is null || visible.Sees(e.CountryId, e.TechnologyId))
            .ToList();
        var countries = await db.Countries.AsNoTracking().Where(c => countryOrder.Keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var technologyIds = evidence.Select(e => e.TechnologyId).Distinct().ToList();
        var technologies = await db.Technologies.AsNoTracking().Where(t => technologyIds.Contains(t.Id))
            .Include(t => t.TechGroup!).ThenInclude(g => g.Theme).ToDictionaryAsync(t => t.Id, cancellationToken);
        var missingCountries = evidence.Select(e => e.CountryId).Where(id => !countries.ContainsKey(id)).Distinct().ToList();
        foreach (var country in await db.Countries.AsNoTracking().Where(c => missingCountries.Contains(c.Id)).ToListAsync(cancellationToken))
        {
            countries[country.Id] = country;
        }
        var indexOf = rule.MinimumIndex is null ? null : await IndicesAsync(roundId, round.RankingMethod, cancellationToken);
        return evidence
            .Where(e => rule.IsLonglisted(e, indexOf?.GetValueOrDefault((e.CountryId, e.TechnologyId), double.NaN)))
            .Select(e => (Evidence: e, Country: countries[e.CountryId], Technology: technologies[e.TechnologyId]))
            .OrderBy(p => countryOrder.GetValueOrDefault(p.Evidence.CountryId, int.MaxValue))
            .ThenBy(p => p.Country.Name)
            .ThenBy(p => p.Technology.TechGroup!.Theme!.Position)
            .ThenBy(p => p.Technology.Position)
            .Select(p => new LonglistPair(
                p.Country.Code,
                p.Country.StudyTitle,
                p.Technology.TechGroup!.Theme!.LonglistHeading,
                p.Technology.Slug,
                p.Technology.Name,
                rule.MetRequirements(p.Evidence)))
            .ToList();
    }

    /// <summary>
    /// Each scored pair's 0–100 index by the round's ranking method (as the ranking and the analysis use it);
    /// only needed when the rule sets a minimum.
    /// </summary>
    private async Task<Dictionary<(int CountryId, int TechnologyId), double>> IndicesAsync(int roundId, RankingMethod method, CancellationToken cancellationToken)
    {
        var scores = await scoreLoader.LoadAsync(roundId, cancellationToken: cancellationToken);
        var index = PairScores.Compute(scores.Aggregate(), scores.Weights, method);
        var indices = new Dictionary<(int, int), double>();
        for (var country = 0; country < scores.CountryIds.Count; country++)
        {
            for (var technology = 0; technology < scores.TechnologyIds.Count; technology++)
            {
                indices[(scores.CountryIds[country], scores.TechnologyIds[technology])] = index.Index(ScoreSheet.PairOf(country, technology, scores.TechnologyIds.Count));
            }
        }
        return indices;
    }
}
