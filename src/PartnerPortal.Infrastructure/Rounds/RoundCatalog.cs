using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;

namespace PartnerPortal.Infrastructure.Rounds;

public sealed class RoundCatalog(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await AsPublishedAsync(db, await Summaries(db.Rounds.OrderByDescending(r => r.PublishedOn).ThenBy(r => r.Name)).ToListAsync(cancellationToken), cancellationToken);
    }

    public async Task<RoundSummary?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var summary = await Summaries(db.Rounds.Where(r => r.Slug == slug)).SingleOrDefaultAsync(cancellationToken);
        return summary is null ? null : (await AsPublishedAsync(db, [summary], cancellationToken))[0];
    }

    private static IQueryable<RoundSummary> Summaries(IQueryable<Domain.Rounds.Round> rounds) =>
        rounds.Select(r => new RoundSummary(
            r.Id, r.Slug, r.Name, r.Agency, r.HomeCountry!.Name, r.Status, r.PublishedOn, r.Description,
            r.Countries.Count, r.Technologies.Count, r.Origin));

    /// <summary>Published rounds under the home country's name they were published with (ADR-007); the rest is the round's own.</summary>
    private static async Task<List<RoundSummary>> AsPublishedAsync(PortalDbContext db, List<RoundSummary> summaries, CancellationToken cancellationToken)
    {
        var published = summaries.Where(s => s.Status == Domain.Rounds.RoundStatus.Published).Select(s => s.Id).ToList();
        var names = await PublishedRounds.HomeCountriesAsync(db, published, cancellationToken);
        return [.. summaries.Select(s => names.TryGetValue(s.Id, out var name) ? s with { HomeCountry = name } : s)];
    }
}
