namespace PartnerPortal.Domain.Shortlisting;

/// <summary>The round's rules for a balanced portfolio (the study's shortlisting considerations).</summary>
public sealed record PortfolioConstraints(
    int MaxTechnologies = 16,
    int MaxPartnersPerTechnology = 11,
    int MaxOpportunitiesPerCountry = 11,
    bool CoverEveryTheme = true,
    bool RequireEmergingPartner = true,
    int MinimumRegions = 3);
