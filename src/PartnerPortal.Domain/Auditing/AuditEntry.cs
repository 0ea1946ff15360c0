namespace PartnerPortal.Domain.Auditing;

/// <summary>
/// One change to the portal's data: who, when, what, and the values before and after (JSON objects of
/// the changed fields). Entries are only ever added; the database refuses updates and deletes.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public required string Actor { get; set; }

    /// <summary>What happened, e.g. "added", "modified", "deleted", or a named action such as "seed.applied".</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public string? OldValues { get; set; }
    public string? NewValues { get; set; }
    public string? Comment { get; set; }
}
