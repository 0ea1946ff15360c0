namespace PartnerPortal.Infrastructure.Publishing;

/// <summary>
/// What a round published, stored when it was published (ADR-007): the names, texts and tables its pages and
/// exports show from then on, however the shared countries, technologies, themes and criteria change later.
/// </summary>
public class RoundSnapshot
{
    public int RoundId { get; set; }

    /// <summary>The version of <see cref="PublishedRound"/>'s layout the document was written in.</summary>
    public int SchemaVersion { get; set; }

    /// <summary>
    /// When the snapshot was taken: the moment of publishing, in the same transaction; for a round published
    /// before snapshots were kept, the start-up that first found it without one.
    /// </summary>
    public DateTimeOffset TakenAt { get; set; }

    /// <summary>The <see cref="PublishedRound"/> as JSON (jsonb), read a part at a time.</summary>
    public required string Document { get; set; }
}
