namespace PartnerPortal.Domain.Countries;

public enum CountryKind
{
    Country,
    Territory,
    Grouping,
}
