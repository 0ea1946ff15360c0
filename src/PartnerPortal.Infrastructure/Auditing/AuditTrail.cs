using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>Named audit entries for actions that are more than one row's change (role changes, seeding, imports).</summary>
public sealed class AuditTrail(IAuditActor actor, TimeProvider clock)
{
    public void Record(PortalDbContext db, string action, string entityType, string entityKey, object? oldValues = null, object? newValues = null, string? comment = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            OccurredAt = clock.GetUtcNow(),
            Actor = AuditActing.NameFor(actor),
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            OldValues = oldValues is null ? null : System.Text.Json.JsonSerializer.Serialize(oldValues),
            NewValues = newValues is null ? null : System.Text.Json.JsonSerializer.Serialize(newValues),
            Comment = comment,
        });
}
