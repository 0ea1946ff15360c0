using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Technologies;

public sealed class TechnologyCatalog(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>Every technology with its group, theme and Table 4.1 domains, in Table 4.1 order.</summary>
    public async Task<IReadOnlyList<Technology>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var technologies = await db.Technologies.AsNoTracking()
            .Include(t => t.TechGroup!).ThenInclude(g => g.Theme)
            .Include(t => t.Domains)
            .OrderBy(t => t.TechGroup!.Theme!.Position).ThenBy(t => t.Position)
            .ToListAsync(cancellationToken);
        technologies.ForEach(t => t.Domains = [.. t.Domains.OrderBy(d => d.Position)]);
        return technologies;
    }
}
