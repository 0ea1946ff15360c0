using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Infrastructure.Longlisting;

/// <summary>Computes a round's longlist from its evidence with the study's rule, in Table 6.1 order.</summary>
public sealed class LonglistReader(IDbContextFactory<PortalDbContext> contextFactory, RoundScoreLoader scoreLoader)
{
    public async Task<IReadOnlyList<LonglistPair>> ReadAsync(int roundId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var countryOrder = await db.Rounds.Where(r => r.Id == roundId)
            .SelectMany(r => r.Countries)
            .ToDictionaryAsync(c => c.CountryId, c => c.Position, cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, cancellationToken);
        var rule = round.LonglistRule;
        var evidence = await db.LonglistEvidence.AsNoTracking()
            .Where(e => e.RoundId == roundId)
            .Include(e => e.Country)
            .Include(e => e.Technology!).ThenInclude(t => t.TechGroup!).ThenInclude(g => g.Theme)
            .ToListAsync(cancellationToken);
        var indexOf = rule.MinimumIndex is null ? null : await IndicesAsync(roundId, round.RankingMethod, cancellationToken);
        return evidence
            .Where(e => rule.IsLonglisted(e, indexOf?.GetValueOrDefault((e.CountryId, e.TechnologyId), double.NaN)))
            .OrderBy(e => countryOrder.GetValueOrDefault(e.CountryId, int.MaxValue))
            .ThenBy(e => e.Country!.Name)
            .ThenBy(e => e.Technology!.TechGroup!.Theme!.Position)
            .ThenBy(e => e.Technology!.Position)
            .Select(e => new LonglistPair(
                e.Country!.Code,
                e.Country.StudyTitle,
                e.Technology!.TechGroup!.Theme!.LonglistHeading,
                e.Technology.Slug,
                e.Technology.Name,
                rule.MetRequirements(e)))
            .ToList();
    }

    /// <summary>
    /// Each scored pair's 0–100 index by the round's ranking method (as the ranking and the analysis use it);
    /// only needed when the rule sets a minimum.
    /// </summary>
    private async Task<Dictionary<(int CountryId, int TechnologyId), double>> IndicesAsync(int roundId, RankingMethod method, CancellationToken cancellationToken)
    {
        var scores = await scoreLoader.LoadAsync(roundId, cancellationToken);
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
