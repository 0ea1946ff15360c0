using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Domain.Shortlisting;

/// <summary>
/// One shortlisted technology of a round with its partners and rationale (a row of study Table 6.2).
/// The title and description are the shortlist's own wording, which can differ from Table 4.1's.
/// </summary>
public class ShortlistEntry
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public int RoundId { get; set; }
    public int Position { get; set; }
    public int TechnologyId { get; set; }
    public Technology? Technology { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public List<ShortlistPartner> Partners { get; set; } = [];
    public List<ShortlistRationale> Rationale { get; set; } = [];
}
