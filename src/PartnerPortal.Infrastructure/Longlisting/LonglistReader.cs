using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Longlisting;

/// <summary>Computes a round's longlist from its evidence with the study's rule, in Table 6.1 order.</summary>
public sealed class LonglistReader(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<IReadOnlyList<LonglistPair>> ReadAsync(int roundId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var countryOrder = await db.Rounds.Where(r => r.Id == roundId)
            .SelectMany(r => r.Countries)
            .ToDictionaryAsync(c => c.CountryId, c => c.Position, cancellationToken);
        var evidence = await db.LonglistEvidence.AsNoTracking()
            .Where(e => e.RoundId == roundId)
            .Include(e => e.Country)
            .Include(e => e.Technology!).ThenInclude(t => t.TechGroup!).ThenInclude(g => g.Theme)
            .ToListAsync(cancellationToken);
        var rule = LonglistRule.Study;
        return evidence
            .Where(rule.IsLonglisted)
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
}
