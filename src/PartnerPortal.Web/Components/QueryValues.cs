using System.Globalization;

namespace PartnerPortal.Web.Components;

/// <summary>
/// Reads typed values from a page's query string. Pages take query values as text and read them here, so a
/// mistyped or hand-edited address shows the page's default instead of failing: typed
/// [SupplyParameterFromQuery] properties throw on text they cannot parse.
/// </summary>
public static class QueryValues
{
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A page number: 1 unless the text is a whole number of at least 1.</summary>
    public static int Page(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;

    /// <summary>A switch such as ?sensitivity=true: on only for "true", "on" or "1".</summary>
    public static bool Flag(string? text) => text is not null && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text is "on" or "1");
}
