using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Framework;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Framework;

/// <summary>
/// Edits a criterion's text. A save carries the version the editor read; if anyone saved in between, the
/// save is refused and the conflict names their value, who saved it and when, so nothing is overwritten unseen.
/// </summary>
public sealed class CriterionEditor(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<CriterionText?> ReadAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Criteria.AsNoTracking().Where(c => c.Code == code)
            .Select(c => new CriterionText(c.Code, c.Name, c.Definition, c.Version))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <returns>null when saved; the conflict when someone else saved first.</returns>
    public async Task<SaveConflict<CriterionText>?> SaveAsync(CriterionText edit, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var criterion = await db.Criteria.SingleOrDefaultAsync(c => c.Code == edit.Code, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no criterion '{edit.Code}'.");
        db.Entry(criterion).Property(c => c.Version).OriginalValue = edit.Version;
        criterion.Name = edit.Name;
        criterion.Definition = edit.Definition;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await ReadAsync(edit.Code, cancellationToken) ?? throw new KeyNotFoundException($"Criterion '{edit.Code}' was deleted.");
            var lastChange = await db.AuditLog.AsNoTracking()
                .Where(a => a.EntityType == nameof(Criterion) && a.EntityKey == criterion.Id.ToString())
                .OrderByDescending(a => a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            return new SaveConflict<CriterionText>(current, lastChange?.Actor ?? "someone", lastChange?.OccurredAt);
        }
    }
}
