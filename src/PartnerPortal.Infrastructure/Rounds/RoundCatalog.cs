using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Rounds;

public sealed class RoundCatalog(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Summaries(db.Rounds.OrderByDescending(r => r.PublishedOn).ThenBy(r => r.Name)).ToListAsync(cancellationToken);
    }

    public async Task<RoundSummary?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Summaries(db.Rounds.Where(r => r.Slug == slug)).SingleOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<RoundSummary> Summaries(IQueryable<Domain.Rounds.Round> rounds) =>
        rounds.Select(r => new RoundSummary(
            r.Id, r.Slug, r.Name, r.Agency, r.HomeCountry!.Name, r.Status, r.PublishedOn, r.Description,
            r.Countries.Count, r.Technologies.Count, r.Origin));
}
