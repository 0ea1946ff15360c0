namespace PartnerPortal.Domain.Countries;

/// <summary>One reason a country was selected as a priority partner (study Table 5.3).</summary>
public class CountrySelectionCriterion
{
    public int Id { get; set; }
    public int CountryId { get; set; }
    public int Position { get; set; }
    public required string Statement { get; set; }
}
