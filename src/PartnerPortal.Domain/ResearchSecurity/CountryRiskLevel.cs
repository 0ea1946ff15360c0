namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>
/// A country's research-security risk as an admin assessed it. Unknown is an answer of its own ("not yet
/// assessed"), shown as such and never read as Low.
/// </summary>
public enum CountryRiskLevel
{
    Unknown = 0,
    Low = 1,
    Medium = 2,
    High = 3,
}
