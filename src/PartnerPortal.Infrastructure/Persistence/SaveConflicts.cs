using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Infrastructure.Persistence;

public static class SaveConflicts
{
    /// <summary>
    /// The record as it now stands, with who changed it last and when, read from the audit log (the
    /// interceptor keys entries by id, named entries by slug or code: pass every key the record is known by).
    /// </summary>
    public static async Task<SaveConflict<T>> FromAuditLogAsync<T>(
        PortalDbContext db, T current, string entityType, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var lastChange = await db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == entityType && keys.Contains(a.EntityKey))
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new SaveConflict<T>(current, lastChange?.Actor ?? "someone", lastChange?.OccurredAt);
    }
}
