namespace PartnerPortal.Web.Components.Shared;

/// <summary>What a country autocomplete offers for what was typed: codes of the countries whose name contains it, or whose code it is, by name.</summary>
public static class CountrySearch
{
    public static Task<IEnumerable<string>> MatchingAsync(IReadOnlyDictionary<string, string> countries, string? text) => Task.FromResult(
        countries.Where(c => string.IsNullOrWhiteSpace(text) || c.Value.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase) || c.Key.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Value, StringComparer.CurrentCulture)
            .Select(c => c.Key));
}
