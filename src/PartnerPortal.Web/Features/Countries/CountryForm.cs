using PartnerPortal.Domain.Countries;
using PartnerPortal.Infrastructure.Countries;

namespace PartnerPortal.Web.Features.Countries;

/// <summary>What the admin is typing into the country form: the fields as entered, turned into the service's details on save.</summary>
public sealed class CountryForm
{
    public string Code { get; set; } = "";
    public string? Iso2 { get; set; }
    public string? Iso3 { get; set; }
    public string Name { get; set; } = "";
    public string StudyName { get; set; } = "";
    public CountryKind Kind { get; set; } = CountryKind.Country;
    public string Region { get; set; } = "";
    public PartnerMaturity Maturity { get; set; } = PartnerMaturity.Established;

    /// <summary>The version the form was read at: a save from an older one is refused as a conflict.</summary>
    public uint Version { get; set; }

    /// <summary>A grouping's members, by code.</summary>
    public HashSet<string> Members { get; } = [];

    public static CountryForm From(CountryDetails details)
    {
        var form = new CountryForm
        {
            Code = details.Code, Iso2 = details.Iso2, Iso3 = details.Iso3, Name = details.Name, StudyName = details.StudyName,
            Kind = details.Kind, Region = details.Region, Maturity = details.Maturity, Version = details.Version,
        };
        form.Members.UnionWith(details.Members ?? []);
        return form;
    }

    /// <summary>Codes in capitals and without stray spaces, as the validator and the database expect them.</summary>
    public CountryDetails ToDetails() => new(
        Code.Trim().ToUpperInvariant(), Iso2?.Trim().ToUpperInvariant(), Iso3?.Trim().ToUpperInvariant(), Name, StudyName, Kind, Region, Maturity, Version,
        Kind == CountryKind.Grouping ? [.. Members.Order()] : null);
}
