using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Analysis;

/// <summary>
/// Whether a viewer may open a round at all: portfolio managers and admins always, everyone signed in once it
/// is published, before that only the analysts assigned to it. Asked of the database on every request, not
/// cached: an assignment taken away takes effect at once.
/// </summary>
public static class RoundAccess
{
    private static readonly Func<PortalDbContext, int, string, Task<bool>> IsAssigned = EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId, string analystId) => db.Set<RoundAnalyst>().Any(a => a.RoundId == roundId && a.AnalystId == analystId));

    /// <summary>Throws <see cref="RoundHiddenException"/> when the viewer may see nothing of the round.</summary>
    public static async Task EnsureOpenAsync(PortalDbContext db, Round round, RoundViewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.SeesEverything || round.IsPublished)
        {
            return;
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (viewer.UserId is null || !await IsAssigned(db, round.Id, viewer.UserId))
        {
            throw RoundHiddenException.NotAssigned(round.Slug);
        }
    }
}
