namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>Filters for browsing or exporting the audit log; empty filters match everything.</summary>
/// <param name="Actor">Part of who acted (the CLI's and the export's --actor).</param>
/// <param name="EntityType">A table, by its code name.</param>
/// <param name="Person">Exactly who acted, as the log names them (an email, "system").</param>
/// <param name="Kind">A kind of record as people name it (<see cref="AuditKinds.All"/>).</param>
/// <param name="RoundId">Entries about one round: the round itself and what belongs to it (scores, weights, evidence, decisions).</param>
public sealed record AuditQuery(
    string? Actor = null, string? EntityType = null, string? Action = null, DateOnly? From = null, DateOnly? To = null,
    string? Person = null, string? Kind = null, int? RoundId = null);
