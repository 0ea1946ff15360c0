namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>A field as people read it, with its value before and after; null on the side where it had none (a new or removed record).</summary>
public sealed record AuditFieldChange(string Field, string? Old, string? New)
{
    public override string ToString() => (Old, New) switch
    {
        (not null, not null) => $"{Field}: {Old} → {New}",
        (null, not null) => $"{Field}: {New}",
        _ => $"{Field}: {Old}",
    };
}
