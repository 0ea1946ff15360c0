namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>Filters for browsing or exporting the audit log; empty filters match everything.</summary>
public sealed record AuditQuery(string? Actor = null, string? EntityType = null, string? Action = null, DateOnly? From = null, DateOnly? To = null);
