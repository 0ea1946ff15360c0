namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// One value read from a file, with where it stood (line and column) for error messages. The indicator's
/// name — and its unit, when the file gives one apart — name an indicator the admin confirms to create.
/// </summary>
public sealed record Observation(int Line, int Column, string CountryCode, string IndicatorCode, string IndicatorName, int Year, double Value, string? IndicatorUnit = null);
