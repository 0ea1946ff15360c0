namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>An account as the audit log names it: by name where one is given, always with the email.</summary>
public sealed record AuditPerson(string Email, string? DisplayName)
{
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? Email : DisplayName;
}
