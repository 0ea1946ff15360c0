namespace PartnerPortal.Domain.Accounts;

/// <summary>The three roles of the portal; a person may hold several.</summary>
public static class PortalRoles
{
    /// <summary>Scores country–technology pairs and records evidence.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Reviews longlists and shortlists, decides and publishes.</summary>
    public const string PortfolioManager = "PortfolioManager";

    /// <summary>Manages the framework, imports and users.</summary>
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Analyst, PortfolioManager, Admin];

    /// <summary>A role as people write it ("Portfolio manager"); the constants are names in the database and claims.</summary>
    public static string Label(string role) => role == PortfolioManager ? "Portfolio manager" : role;

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
