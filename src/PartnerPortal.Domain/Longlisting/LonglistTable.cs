namespace PartnerPortal.Domain.Longlisting;

/// <summary>
/// The study's Table 6.1 layout: one row per country (in the order the pairs arrive), one column per
/// theme, each cell listing that country's longlisted technologies of that theme.
/// </summary>
public sealed record LonglistTable(IReadOnlyList<string> Themes, IReadOnlyList<LonglistTableRow> Rows)
{
    public static LonglistTable Build(IReadOnlyList<string> themes, IEnumerable<LonglistPair> pairs)
    {
        var rows = pairs
            .GroupBy(pair => (pair.CountryCode, pair.Country))
            .Select(country => new LonglistTableRow(
                country.Key.CountryCode,
                country.Key.Country,
                themes.Select(theme => (IReadOnlyList<string>)country.Where(p => p.Theme == theme).Select(p => p.Technology).ToList()).ToList()))
            .ToList();
        return new LonglistTable(themes, rows);
    }

    /// <summary>The rows of one page of <paramref name="size"/> countries (1-based; a page past the end is the last).</summary>
    public LonglistTable Page(int page, int size)
    {
        var pages = PageCount(size);
        var index = Math.Clamp(page, 1, Math.Max(pages, 1)) - 1;
        return this with { Rows = [.. Rows.Skip(index * size).Take(size)] };
    }

    public int PageCount(int size) => (Rows.Count + size - 1) / size;
}
