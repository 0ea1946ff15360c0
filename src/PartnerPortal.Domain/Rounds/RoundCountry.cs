using PartnerPortal.Domain.Countries;

namespace PartnerPortal.Domain.Rounds;

/// <summary>A partner country in a round's scope.</summary>
public class RoundCountry
{
    public int RoundId { get; set; }
    public int CountryId { get; set; }

    /// <summary>Row order of the round's tables; the study lists countries in its own order, not alphabetically.</summary>
    public int Position { get; set; }
    public Country? Country { get; set; }
}
