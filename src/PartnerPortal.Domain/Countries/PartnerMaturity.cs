namespace PartnerPortal.Domain.Countries;

/// <summary>
/// The study seeks a portfolio of "established" and "emerging" science and technology players;
/// seed-data/README.md records the rule used to classify each partner.
/// </summary>
public enum PartnerMaturity
{
    Established,
    Emerging,
}
