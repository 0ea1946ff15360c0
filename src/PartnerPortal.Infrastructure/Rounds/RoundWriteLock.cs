using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>
/// Every write that depends on a round's phase begins here: a transaction holding the round's lock, after which
/// the caller reads the round, checks its phase and writes. A phase change (publishing included) takes the lock
/// exclusively, so it waits for the writes in flight to commit, and writes that start meanwhile wait for it and then
/// read the new phase: nothing checked against Scoring commits after the round has left it, and a published round
/// never changes. Without the lock a save that read "Scoring" could commit after the publish.
/// </summary>
/// <remarks>
/// The lock is the round's row (FOR SHARE, or FOR UPDATE for a phase change) taken behind a transaction-scoped
/// advisory lock on the round's id. The row lock alone is unfair: PostgreSQL lets a new FOR SHARE past a waiting
/// FOR UPDATE, and with sixteen analysts saving without pause a move out of Scoring waited up to 12 s. Advisory
/// locks queue in order, so a phase change waits only for the writes already running. Both are taken by one
/// statement, always in the same order: the select list is computed in the scan, for the matching row only and
/// below the row lock (EXPLAIN VERBOSE: LockRows over the scan that outputs the advisory call).
/// </remarks>
public static class RoundWriteLock
{
    /// <summary>The first key of the two-key advisory locks on rounds (the second is the round's id); one-key locks live apart.</summary>
    private const int RoundPhaseLocks = 14;

    /// <summary>Begins the write's transaction and locks the round (a missing round locks nothing; the caller's read then finds none).</summary>
    public static async Task<IDbContextTransaction> BeginAsync(PortalDbContext db, string roundSlug, RoundLock mode, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A failed write rolls the whole transaction back, so SaveChanges needs no savepoint of its own (releasing
        // one is a round trip; the pool turns this back on for the context's next user).
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            // One short statement on the slug's unique index: score saves run it on every change.
            _ = mode == RoundLock.Shared
                ? await db.Database.ExecuteSqlAsync(
                    $"SELECT pg_advisory_xact_lock_shared({RoundPhaseLocks}, id) FROM rounds WHERE slug = {roundSlug} FOR SHARE", cancellationToken)
                : await db.Database.ExecuteSqlAsync(
                    $"SELECT pg_advisory_xact_lock({RoundPhaseLocks}, id) FROM rounds WHERE slug = {roundSlug} FOR UPDATE", cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
