using PartnerPortal.Domain.Countries;

namespace PartnerPortal.Infrastructure.Countries;

/// <summary>A country's editable facts, a grouping's members (by code), and the version they were read at (0 for a new one).</summary>
public sealed record CountryDetails(
    string Code, string? Iso2, string? Iso3, string Name, string StudyName, CountryKind Kind, string Region, PartnerMaturity Maturity, uint Version,
    IReadOnlyList<string>? Members = null);
