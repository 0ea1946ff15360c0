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
}
