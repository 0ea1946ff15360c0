using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// Writes an audit entry for every row any save adds, changes or deletes, with the changed fields' old and
/// new values, in the same transaction as the change: a change is never stored without its audit entry.
/// Keys of new rows are only known after the insert, so entries are written right after the save and the
/// transaction (ours, unless the caller has one) commits only then.
/// </summary>
public sealed class AuditingInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Bookkeeping that changes on every save or repeats a visible field: never in the log.</summary>
    private static readonly HashSet<string> HiddenFields =
    [
        nameof(PortalUser.ConcurrencyStamp), nameof(PortalUser.NormalizedEmail), nameof(PortalUser.NormalizedUserName), "Version",
    ];

    /// <summary>
    /// Secrets: their values never reach the log, but that they changed does (a password change or reset, a
    /// new security stamp ending every session), under a name people read. Left out of added rows.
    /// </summary>
    private static readonly Dictionary<string, string> SecretFields = new()
    {
        [nameof(PortalUser.PasswordHash)] = "Password",
        [nameof(PortalUser.SecurityStamp)] = nameof(PortalUser.SecurityStamp),
    };

    private const string Withheld = "(withheld)";
    private const string Changed = "(changed)";

    /// <summary>Rows that are not user data (or are audited by name, like role changes) are not logged field by field.</summary>
    private static readonly HashSet<Type> UnauditedTypes =
    [
        typeof(AuditEntry), typeof(DataProtectionKey), typeof(UserSession), typeof(Publishing.RoundSnapshot), typeof(IdentityUserRole<string>), typeof(IdentityUserToken<string>),
        typeof(IdentityUserClaim<string>), typeof(IdentityUserLogin<string>), typeof(IdentityRoleClaim<string>),
    ];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly ConditionalWeakTable<DbContext, PendingAudit> _pending = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not PortalDbContext db)
        {
            return result;
        }
        await EndPendingAsync(db);
        if (db.AuditSuppressed)
        {
            return result;
        }
        var changes = db.ChangeTracker.Entries()
            .Where(IsAudited)
            .Select(Capture)
            .Where(c => c is not null)
            .Select(c => c!)
            .ToList();
        if (changes.Count == 0)
        {
            return result;
        }
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        _pending.AddOrUpdate(db, new PendingAudit(changes, transaction));
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not PortalDbContext db || !_pending.TryGetValue(db, out var pending))
        {
            return result;
        }
        _pending.Remove(db);
        var now = clock.GetUtcNow();
        db.AuditLog.AddRange(pending.Changes.Select(change => new AuditEntry
        {
            OccurredAt = now,
            Actor = AuditActing.NameFor(actor),
            Action = change.Action,
            EntityType = change.Entry.Metadata.ClrType.Name,
            EntityKey = KeyOf(change.Entry),
            OldValues = change.OldValues is null ? null : JsonSerializer.Serialize(change.OldValues, Json),
            NewValues = NewValuesAfterSave(change) is { } values ? JsonSerializer.Serialize(values, Json) : null,
        }));
        await db.SaveChangesAsync(cancellationToken);
        if (pending.Transaction is not null)
        {
            await pending.Transaction.CommitAsync(cancellationToken);
            await pending.Transaction.DisposeAsync();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db)
        {
            await EndPendingAsync(db);
        }
    }

    /// <summary>
    /// Drops what a save left pending and ends its transaction (disposing rolls back one not committed). Called
    /// when a save fails, and before each save: a stale version fails a save without SaveChangesFailed being
    /// called (and with the reader still open, so nothing can be rolled back then), and, pooled, the context
    /// may next serve another request.
    /// </summary>
    private async Task EndPendingAsync(PortalDbContext db)
    {
        if (_pending.TryGetValue(db, out var pending))
        {
            _pending.Remove(db);
            if (pending.Transaction is not null)
            {
                await pending.Transaction.DisposeAsync();
            }
        }
    }

    /// <remarks>
    /// A save with nothing to log may be synchronous: the data-protection package stores a new key with
    /// SaveChanges, the only save IXmlRepository allows it.
    /// </remarks>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is PortalDbContext db && (db.AuditSuppressed || !db.ChangeTracker.Entries().Any(IsAudited))
            ? result
            : throw new NotSupportedException("Save with SaveChangesAsync: the audit trail is written asynchronously.");

    private static bool IsAudited(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !UnauditedTypes.Contains(entry.Metadata.ClrType);

    private static Change? Capture(EntityEntry entry)
    {
        var fields = entry.Properties.Where(p => !HiddenFields.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty()).ToList();
        switch (entry.State)
        {
            case EntityState.Added:
                return new Change(entry, "added", null, [.. fields.Where(p => !SecretFields.ContainsKey(p.Metadata.Name)).Select(p => p.Metadata.Name)]);
            case EntityState.Deleted:
                return new Change(entry, "deleted",
                    fields.Where(p => !SecretFields.ContainsKey(p.Metadata.Name)).ToDictionary(p => p.Metadata.Name, p => p.OriginalValue), null);
            default:
                var modified = fields.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                return modified.Count == 0
                    ? null
                    : new Change(entry, "modified",
                        modified.ToDictionary(p => LoggedName(p.Metadata.Name), p => SecretFields.ContainsKey(p.Metadata.Name) ? Withheld : p.OriginalValue),
                        [.. modified.Select(p => p.Metadata.Name)]);
        }
    }

    /// <summary>
    /// New values are read once the rows are stored: before, a new row's key (and a new parent's key in its
    /// foreign keys) is EF's temporary negative number, not the id the database gave it.
    /// </summary>
    private static Dictionary<string, object?>? NewValuesAfterSave(Change change) =>
        change.NewFields?.ToDictionary(LoggedName, name => SecretFields.ContainsKey(name) ? Changed : change.Entry.Property(name).CurrentValue);

    private static string LoggedName(string field) => SecretFields.TryGetValue(field, out var name) ? name : field;

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private sealed record Change(EntityEntry Entry, string Action, Dictionary<string, object?>? OldValues, IReadOnlyList<string>? NewFields);

    private sealed record PendingAudit(List<Change> Changes, IDbContextTransaction? Transaction);
}
