using PartnerPortal.Domain.Countries;

namespace PartnerPortal.Domain.Rounds;

/// <summary>
/// One prioritisation exercise by one agency. The home country lives here, not in code, so the same
/// portal serves a UK agency, an EU programme or any national ministry.
/// </summary>
public class Round
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Agency { get; set; }
    public int HomeCountryId { get; set; }
    public Country? HomeCountry { get; set; }
    public RoundStatus Status { get; set; }
    public required string Description { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public List<RoundCountry> Countries { get; set; } = [];
    public List<RoundTechnology> Technologies { get; set; } = [];
}
