namespace PartnerPortal.Domain.Technologies;

/// <summary>The four arguments of Table 4.1 for selecting a technology domain.</summary>
[Flags]
public enum SelectionRationale
{
    None = 0,
    EnhancesExistingIndustries = 1,
    SupportsFutureIndustries = 2,
    SupportsCurrentStrength = 4,
    AddressesCurrentWeakness = 8,
}
