namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>
/// The conditions for research cooperation between a home country and a partner, as the EU's Global Approach
/// asks agencies to weigh them: the framework agreements in place, reciprocity and a level playing field, shared
/// values, and the research-security risk with its rationale. Kept per home country, since an S&amp;T agreement or
/// programme association is always with someone.
/// </summary>
public class CountryCooperationConditions
{
    public int HomeCountryId { get; set; }
    public int CountryId { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }

    /// <summary>When a science and technology cooperation agreement with the home country came into force; null when there is none.</summary>
    public DateOnly? AgreementInForceSince { get; set; }

    /// <summary>Whether the partner is associated to the home country's research programmes (e.g. Horizon Europe association).</summary>
    public bool AssociatedToProgrammes { get; set; }
    public string ReciprocityConcerns { get; set; } = "";
    public string ValuesNote { get; set; } = "";
    public CountryRiskLevel RiskLevel { get; set; } = CountryRiskLevel.Unknown;
    public string RiskRationale { get; set; } = "";
    public string Sources { get; set; } = "";
}
