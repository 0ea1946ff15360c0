namespace PartnerPortal.Domain.Indicators;

/// <summary>One country's value of one indicator in one year, and the import it came from.</summary>
public class IndicatorValue
{
    public int IndicatorId { get; set; }
    public int CountryId { get; set; }
    public int Year { get; set; }
    public double Value { get; set; }
    public long ImportId { get; set; }
}
