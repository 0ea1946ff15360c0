using System.Globalization;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.ResearchSecurity;

namespace PartnerPortal.Web.Features.Countries;

/// <summary>A partner's cooperation conditions as the form holds them while the admin edits; saved as <see cref="CooperationConditionsDetails"/>.</summary>
public sealed class CooperationConditionsDraft
{
    public const string DateFormat = "yyyy-MM-dd";

    public string HomeCountryCode { get; set; } = "";
    public string CountryCode { get; set; } = "";

    /// <summary>The agreement's date as the date input gives it (yyyy-MM-dd), empty when there is no agreement.</summary>
    public string AgreementInForceSince { get; set; } = "";
    public bool AssociatedToProgrammes { get; set; }
    public string ReciprocityConcerns { get; set; } = "";
    public string ValuesNote { get; set; } = "";
    public CountryRiskLevel RiskLevel { get; set; }
    public string RiskRationale { get; set; } = "";
    public string Sources { get; set; } = "";
    public uint Version { get; set; }

    /// <summary>Whether the date field holds something that is not a date (the validator sees only real dates).</summary>
    public bool HasUnreadableDate => AgreementInForceSince.Trim().Length > 0 && ParsedDate is null;

    private DateOnly? ParsedDate =>
        DateOnly.TryParseExact(AgreementInForceSince.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static CooperationConditionsDraft From(CooperationConditionsDetails details) => new()
    {
        HomeCountryCode = details.HomeCountryCode, CountryCode = details.CountryCode,
        AgreementInForceSince = details.AgreementInForceSince?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "",
        AssociatedToProgrammes = details.AssociatedToProgrammes, ReciprocityConcerns = details.ReciprocityConcerns, ValuesNote = details.ValuesNote,
        RiskLevel = details.RiskLevel, RiskRationale = details.RiskRationale, Sources = details.Sources, Version = details.Version,
    };

    public CooperationConditionsDetails ToDetails() => new(HomeCountryCode, CountryCode, ParsedDate, AssociatedToProgrammes, ReciprocityConcerns, ValuesNote,
        RiskLevel, RiskRationale, Sources, Version);
}
