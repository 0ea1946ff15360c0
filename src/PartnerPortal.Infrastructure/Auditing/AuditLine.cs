namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>
/// One audit entry in words: who (by name), the kind of record and which one (by its name, with its round),
/// what they did, and each field's value before and after.
/// </summary>
/// <param name="Who">The person's name, or what acted when no person did ("The portal itself").</param>
/// <param name="WhoDetail">Their email when <paramref name="Who"/> is a name; else null.</param>
/// <param name="Round">The round the record belongs to, when it belongs to one and is not the round itself.</param>
public sealed record AuditLine(
    long Id, DateTimeOffset OccurredAt, string Actor, string Who, string? WhoDetail,
    string Kind, string Record, string? Round, string What, IReadOnlyList<AuditFieldChange> Changes, string? Comment);
