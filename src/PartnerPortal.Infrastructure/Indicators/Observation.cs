namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>One value read from a file, with where it stood (line and column) for error messages.</summary>
public sealed record Observation(int Line, int Column, string CountryCode, string IndicatorCode, string IndicatorName, int Year, double Value);
