namespace PartnerPortal.Infrastructure.Indicators;

public sealed record IndicatorChanges(string Code, string Name, int Added, int Updated, int Unchanged);
