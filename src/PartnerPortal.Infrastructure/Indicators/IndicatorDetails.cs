namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>An indicator's editable facts, with the version they were read at (0 for a new one).</summary>
public sealed record IndicatorDetails(string Code, string Name, string Unit, string Source, bool HigherIsBetter, string Description, uint Version);
