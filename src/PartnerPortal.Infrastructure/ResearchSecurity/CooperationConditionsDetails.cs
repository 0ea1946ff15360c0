using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>
/// The conditions for cooperating with a partner as seen from one home country, as an admin edits them, with the
/// version they were read at (0 while none were ever recorded: then the risk is Unknown, never Low).
/// </summary>
public sealed record CooperationConditionsDetails(
    string HomeCountryCode, string CountryCode, DateOnly? AgreementInForceSince, bool AssociatedToProgrammes, string ReciprocityConcerns,
    string ValuesNote, CountryRiskLevel RiskLevel, string RiskRationale, string Sources, uint Version)
{
    public static CooperationConditionsDetails None(string homeCountryCode, string countryCode) =>
        new(homeCountryCode, countryCode, null, false, "", "", CountryRiskLevel.Unknown, "", "", 0);

    /// <summary>Whether anything was ever recorded for the pair of countries.</summary>
    public bool Recorded => Version != 0;
}
