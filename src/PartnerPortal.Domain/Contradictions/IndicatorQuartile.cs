namespace PartnerPortal.Domain.Contradictions;

/// <summary>Where a country's value sits among all countries with data in the indicator's compared year (the latest enough countries have reported), by value (Top = highest values).</summary>
public enum IndicatorQuartile
{
    Bottom,
    Middle,
    Top,
}
