namespace PartnerPortal.Domain.Longlisting;

/// <summary>A country's row of Table 6.1: the technologies per theme column, in column order.</summary>
public sealed record LonglistTableRow(string CountryCode, string Country, IReadOnlyList<IReadOnlyList<string>> TechnologiesByTheme);
