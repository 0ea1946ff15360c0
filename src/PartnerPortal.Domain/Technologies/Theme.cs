namespace PartnerPortal.Domain.Technologies;

/// <summary>
/// A thematic priority. The study labels the same theme differently in Table 4.1, the longlist (6.1)
/// and the shortlist (6.2); each label is kept so the published tables can be reproduced verbatim.
/// </summary>
public class Theme
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public required string Code { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string LonglistHeading { get; set; }
    public required string ShortlistHeading { get; set; }
}
