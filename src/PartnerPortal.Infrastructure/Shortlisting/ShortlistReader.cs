using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>Reads a round's shortlist as the Table 6.2 rows: accepted partners only, in the decided order.</summary>
public sealed class ShortlistReader(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ShortlistTableRow>> ReadAsync(int roundId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.ShortlistEntries.AsNoTracking()
            .Where(e => e.RoundId == roundId)
            .Include(e => e.Technology!).ThenInclude(t => t.TechGroup!).ThenInclude(g => g.Theme)
            .Include(e => e.Partners).ThenInclude(p => p.Country)
            .Include(e => e.Rationale)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        // A technology whose partners were all rejected or deferred is not on the shortlist.
        return entries
            .Where(e => e.Partners.Any(p => p.Decision == ShortlistDecision.Accepted))
            .OrderBy(e => e.Technology!.TechGroup!.Theme!.Position)
            .ThenBy(e => e.Position)
            .Select(e => new ShortlistTableRow(
                e.Technology!.TechGroup!.Theme!.ShortlistHeading,
                e.Technology.Slug,
                e.Title,
                e.Description,
                e.Partners
                    .Where(p => p.Decision == ShortlistDecision.Accepted)
                    .OrderBy(p => p.Position)
                    .Select((p, index) => p.StudyName(startOfSentence: index == 0))
                    .ToList(),
                e.Rationale.OrderBy(r => r.Position).Select(r => r.Text).ToList()))
            .ToList();
    }
}
