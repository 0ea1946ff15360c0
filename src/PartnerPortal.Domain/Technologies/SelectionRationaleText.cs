namespace PartnerPortal.Domain.Technologies;

public static class SelectionRationaleText
{
    public static readonly IReadOnlyList<(SelectionRationale Flag, string Argument, string Label)> All =
    [
        (SelectionRationale.EnhancesExistingIndustries, "Industrial competitiveness", "Enhance competitiveness of existing industries"),
        (SelectionRationale.SupportsFutureIndustries, "Industrial competitiveness", "Support the development of future industries"),
        (SelectionRationale.SupportsCurrentStrength, "Research & innovation excellence", "Support current strength in strategic area"),
        (SelectionRationale.AddressesCurrentWeakness, "Research & innovation excellence", "Address current weakness in strategic area"),
    ];
}
