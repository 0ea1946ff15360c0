using PartnerPortal.Domain.Longlisting;

namespace PartnerPortal.Domain.Tests.Longlisting;

public class LonglistTableTests
{
    private static LonglistPair Pair(string country, string theme, string technology) =>
        new(country.ToUpperInvariant(), country, theme, technology.ToLowerInvariant(), technology, []);

    [Fact]
    public void Rows_keep_the_order_countries_arrive_in_and_cells_follow_the_theme_columns()
    {
        var table = LonglistTable.Build(
            ["Net zero", "Digital", "Other"],
            [
                Pair("Japan", "Net zero", "CCUS"),
                Pair("Japan", "Other", "Bio-derived materials"),
                Pair("Japan", "Net zero", "Green hydrogen"),
                Pair("Australia", "Net zero", "Green hydrogen"),
            ]);

        Assert.Equal(["Japan", "Australia"], table.Rows.Select(r => r.Country));
        var japan = table.Rows[0].TechnologiesByTheme;
        Assert.Equal(["CCUS", "Green hydrogen"], japan[0]);
        Assert.Empty(japan[1]);
        Assert.Equal(["Bio-derived materials"], japan[2]);
    }

    [Fact]
    public void A_round_without_longlisted_pairs_gives_a_table_with_columns_and_no_rows()
    {
        var table = LonglistTable.Build(["Net zero"], []);

        Assert.Equal(["Net zero"], table.Themes);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void A_page_holds_its_share_of_countries_in_order_and_a_page_past_the_end_is_the_last()
    {
        var table = LonglistTable.Build(["Net zero"], Enumerable.Range(1, 7).Select(i => Pair($"Country {i}", "Net zero", "CCUS")));

        Assert.Equal(3, table.PageCount(3));
        Assert.Equal(["Country 4", "Country 5", "Country 6"], table.Page(2, 3).Rows.Select(r => r.Country));
        Assert.Equal(["Country 7"], table.Page(9, 3).Rows.Select(r => r.Country));
        Assert.Equal(["Country 1", "Country 2", "Country 3"], table.Page(0, 3).Rows.Select(r => r.Country));
        Assert.Equal(table.Themes, table.Page(2, 3).Themes);
        Assert.Equal(0, LonglistTable.Build(["Net zero"], []).PageCount(3));
    }
}
