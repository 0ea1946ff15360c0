namespace PartnerPortal.Domain.Contradictions;

/// <summary>Where a country's value sits among all countries with data in the indicator's latest year, by value (Top = highest values).</summary>
public enum IndicatorQuartile
{
    Bottom,
    Middle,
    Top,
}
