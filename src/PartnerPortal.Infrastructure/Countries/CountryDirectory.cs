using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Countries;

public sealed class CountryDirectory(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>Every country, territory and grouping with its selection criteria and members, by name.</summary>
    public async Task<IReadOnlyList<Country>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var countries = await db.Countries.AsNoTracking()
            .Include(c => c.SelectionCriteria)
            .Include(c => c.Members).ThenInclude(m => m.Member)
            .AsSplitQuery()
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        foreach (var country in countries)
        {
            country.SelectionCriteria = [.. country.SelectionCriteria.OrderBy(s => s.Position)];
            country.Members = [.. country.Members.OrderBy(m => m.Member!.Name)];
        }
        return countries;
    }
}
