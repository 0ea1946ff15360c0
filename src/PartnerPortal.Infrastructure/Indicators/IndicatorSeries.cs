namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>One indicator's values for one country, year by year, for a time-series chart.</summary>
public sealed record IndicatorSeries(string Code, string Name, string Unit, IReadOnlyList<(int Year, double Value)> Points);
