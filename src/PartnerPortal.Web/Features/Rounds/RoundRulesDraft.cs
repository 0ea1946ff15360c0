using System.Globalization;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Rounds;

namespace PartnerPortal.Web.Features.Rounds;

/// <summary>
/// The round's rules as the settings form holds them while they are typed: numbers as the text typed, so that "abc"
/// is named at its field ("Enter a number.") instead of being lost in a conversion, and the version they were read at.
/// </summary>
public sealed class RoundRulesDraft
{
    public Dictionary<string, string> Numbers { get; } = [];
    public RankingMethod RankingMethod { get; set; }
    public bool CoverEveryTheme { get; set; }
    public bool RequireEmergingPartner { get; set; }
    public uint Version { get; set; }

    public static RoundRulesDraft From(RoundSettings s)
    {
        var draft = new RoundRulesDraft
        {
            RankingMethod = s.RankingMethod, CoverEveryTheme = s.CoverEveryTheme, RequireEmergingPartner = s.RequireEmergingPartner, Version = s.Version,
        };
        void Set(string field, IFormattable? value) => draft.Numbers[field] = value?.ToString(null, CultureInfo.InvariantCulture) ?? "";
        Set(nameof(s.LonglistRequiredCount), s.LonglistRequiredCount);
        Set(nameof(s.LonglistMinimumIndex), s.LonglistMinimumIndex);
        Set(nameof(s.MaxTechnologies), s.MaxTechnologies);
        Set(nameof(s.MaxPartnersPerTechnology), s.MaxPartnersPerTechnology);
        Set(nameof(s.MaxOpportunitiesPerCountry), s.MaxOpportunitiesPerCountry);
        Set(nameof(s.MinimumRegions), s.MinimumRegions);
        Set(nameof(s.DisagreementStandardDeviation), s.DisagreementStandardDeviation);
        Set(nameof(s.DisagreementRange), s.DisagreementRange);
        Set(nameof(s.SensitivityDraws), s.SensitivityDraws);
        Set(nameof(s.SensitivityPerturbation), s.SensitivityPerturbation);
        Set(nameof(s.SensitivitySeed), s.SensitivitySeed);
        return draft;
    }

    /// <summary>The rules typed, or null with a message in <paramref name="errors"/> for each field that is not a number.</summary>
    public RoundSettings? Read(IDictionary<string, string> errors)
    {
        string Text(string field) => Numbers.GetValueOrDefault(field, "").Trim();
        int Int(string field)
        {
            if (int.TryParse(Text(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
            errors[field] = "Enter a whole number.";
            return 0;
        }
        double Double(string field)
        {
            if (double.TryParse(Text(field), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
            errors[field] = "Enter a number.";
            return 0;
        }
        double? minimum = Text(nameof(RoundSettings.LonglistMinimumIndex)).Length == 0 ? null : Double(nameof(RoundSettings.LonglistMinimumIndex));
        var settings = new RoundSettings(
            Int(nameof(RoundSettings.LonglistRequiredCount)), minimum, RankingMethod,
            Int(nameof(RoundSettings.MaxTechnologies)), Int(nameof(RoundSettings.MaxPartnersPerTechnology)), Int(nameof(RoundSettings.MaxOpportunitiesPerCountry)),
            CoverEveryTheme, RequireEmergingPartner, Int(nameof(RoundSettings.MinimumRegions)),
            Double(nameof(RoundSettings.DisagreementStandardDeviation)), Int(nameof(RoundSettings.DisagreementRange)), Int(nameof(RoundSettings.SensitivityDraws)),
            Double(nameof(RoundSettings.SensitivityPerturbation)), Int(nameof(RoundSettings.SensitivitySeed)), Version);
        return errors.Count > 0 ? null : settings;
    }
}
