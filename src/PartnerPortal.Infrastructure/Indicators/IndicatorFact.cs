namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>A country's latest value of one indicator, and its rank that year among the countries with a value.</summary>
public sealed record IndicatorFact(string Code, string Name, string Unit, int Year, double Value, int Rank, int Of);
