using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Framework;

/// <summary>The method's framework as analysts read it: motivations, principles, instruments, criteria.</summary>
public sealed class FrameworkCatalog(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<IReadOnlyList<Criterion>> CriteriaAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var criteria = await db.Criteria.AsNoTracking().Include(c => c.GuidingQuestions).Include(c => c.ScaleLevels).AsSplitQuery()
            .OrderBy(c => c.Position).ToListAsync(cancellationToken);
        criteria.ForEach(c =>
        {
            c.GuidingQuestions = [.. c.GuidingQuestions.OrderBy(q => q.Position)];
            c.ScaleLevels = [.. c.ScaleLevels.OrderBy(l => l.Level)];
        });
        return criteria;
    }

    public async Task<IReadOnlyList<Motivation>> MotivationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var motivations = await db.Motivations.AsNoTracking().Include(m => m.Items).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        motivations.ForEach(m => m.Items = [.. m.Items.OrderBy(i => i.Position)]);
        return motivations;
    }

    public async Task<IReadOnlyList<WinWinPrinciple>> PrinciplesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Principles.AsNoTracking().OrderBy(p => p.Position).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Instrument>> InstrumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Instruments.AsNoTracking().OrderBy(i => i.Position).ToListAsync(cancellationToken);
    }
}
