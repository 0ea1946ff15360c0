using System.Globalization;

namespace PartnerPortal.Web.Components.Shared;

public static class IndicatorNumber
{
    /// <summary>Large amounts in thousands, millions, billions, trillions; ratios to two decimals.</summary>
    public static string Format(double value) => Math.Abs(value) switch
    {
        >= 1e12 => (value / 1e12).ToString("0.00", CultureInfo.InvariantCulture) + " tn",
        >= 1e9 => (value / 1e9).ToString("0.0", CultureInfo.InvariantCulture) + " bn",
        >= 1e6 => (value / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " m",
        >= 1e4 => value.ToString("N0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
