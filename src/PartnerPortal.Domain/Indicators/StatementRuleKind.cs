namespace PartnerPortal.Domain.Indicators;

public enum StatementRuleKind
{
    /// <summary>The country is among the best N of the countries with a value that year.</summary>
    Top,

    /// <summary>The country's value is at least the threshold (at most, where lower is better).</summary>
    Threshold,
}
