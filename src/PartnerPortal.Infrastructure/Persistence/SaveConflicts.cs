using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PartnerPortal.Infrastructure.Persistence;

public static class SaveConflicts
{
    /// <summary>
    /// Saves a version-checked change; when someone saved the record first, nothing is saved and the answer is
    /// the record as it now stands with who changed it (<see cref="FromAuditLogAsync{T}"/>). Null when saved.
    /// </summary>
    public static async Task<SaveConflict<T>?> SaveOrConflictAsync<T>(
        PortalDbContext db, Func<Task<T?>> readCurrent, string entityType, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Inside the caller's transaction the refused save's own statements ran before the version check failed,
            // its audit entry among them: undone first, or the query below would name the refused person as the
            // one who saved first. Callers commit only when there is no conflict, so nothing else is lost.
            if (db.Database.CurrentTransaction is { } transaction)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            var current = await readCurrent() ?? throw new KeyNotFoundException($"The {entityType} was deleted while it was being edited.");
            return await FromAuditLogAsync(db, current, entityType, keys, cancellationToken);
        }
    }

    /// <summary>
    /// As <see cref="SaveOrConflictAsync{T}"/>, for a record its first save creates: when two people create it at
    /// once, the first one's stands and the second is answered with it as a conflict.
    /// </summary>
    public static async Task<SaveConflict<T>?> SaveOrFirstWinsAsync<T>(
        PortalDbContext db, Func<Task<T?>> readCurrent, string entityType, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await SaveOrConflictAsync(db, readCurrent, entityType, keys, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return await FromAuditLogAsync(db, (await readCurrent())!, entityType, keys, cancellationToken);
        }
    }

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
