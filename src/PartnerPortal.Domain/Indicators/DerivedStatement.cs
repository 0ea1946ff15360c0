namespace PartnerPortal.Domain.Indicators;

/// <summary>A Table 5.3-style statement a rule makes about one country, with the data behind it.</summary>
public sealed record DerivedStatement(int RuleId, string Statement, int CountryId, int Year, double Value, int Rank, int Of);
