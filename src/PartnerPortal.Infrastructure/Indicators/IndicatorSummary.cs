using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>A catalogue entry with how much data it has: values, countries and years, and when it was last imported.</summary>
public sealed record IndicatorSummary(Indicator Indicator, int Values, int Countries, int? FirstYear, int? LastYear);
