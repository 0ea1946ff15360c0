using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Infrastructure.Changes;

/// <summary>
/// Moves the change feed as soon as this instance commits a change other than analysts' scores, without waiting for
/// PostgreSQL's notification of it: the analysis cache trusts the feed, so a manager's page that reloads right after
/// its own save (a screening review, a weight) would otherwise be answered from the analysis as it was until the
/// notification arrived — seconds on a loaded machine. Score saves are left to the notification: the analysis may
/// lag them by design (<c>Portal:Analysis:ScoreRefreshInterval</c>), and the analyst's page reads its scores itself.
/// </summary>
public sealed class LocalCommitInterceptor(ChangeFeed feed) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not Score && e.Entity is not Domain.Auditing.AuditEntry))
        {
            _pending.AddOrUpdate(context, this);
        }
    }

    /// <summary>Inside an explicit transaction nothing is visible before the commit, which moves the feed then.</summary>
    private void Saved(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            feed.AuditWritten();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
