namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>Who is making the current change, as the audit log should name them.</summary>
public interface IAuditActor
{
    string Name { get; }
}
