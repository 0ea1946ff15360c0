namespace PartnerPortal.Domain.Countries;

/// <summary>
/// A country, territory or grouping that can be a partner (or the home side) of collaboration.
/// Groupings such as the EU are partners in their own right in the study, so they share this type.
/// </summary>
public class Country
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }

    /// <summary>Our stable key: ISO 3166-1 alpha-3 where one exists, otherwise an agreed code (e.g. "SCANDINAVIA").</summary>
    public required string Code { get; set; }
    public string? Iso2 { get; set; }
    public string? Iso3 { get; set; }
    public required string Name { get; set; }

    /// <summary>The name as the study writes it mid-sentence, e.g. "the US", "South Korea".</summary>
    public required string StudyName { get; set; }
    public CountryKind Kind { get; set; }
    public required string Region { get; set; }
    public PartnerMaturity Maturity { get; set; }
    public List<CountrySelectionCriterion> SelectionCriteria { get; set; } = [];
    public List<GroupingMember> Members { get; set; } = [];

    /// <summary>The study's name at the start of a sentence or table row: "The US".</summary>
    public string StudyTitle => StudyName.Length == 0 ? StudyName : char.ToUpperInvariant(StudyName[0]) + StudyName[1..];
}
