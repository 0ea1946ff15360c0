namespace PartnerPortal.Domain.Shortlisting;

/// <summary>Whether an opportunity meets one of the win-win principles.</summary>
public enum PrincipleStatus
{
    Unknown,
    Met,
    AtRisk,
}
