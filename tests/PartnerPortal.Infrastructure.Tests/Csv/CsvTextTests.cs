using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Tests.Csv;

public class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Hydrogen: aerospace", "Hydrogen: aerospace")]
    [InlineData("", "")]
    public void Cells_a_spreadsheet_would_run_as_formulas_are_neutralised(string value, string expected)
    {
        Assert.Equal(expected, CsvText.Neutralise(value));
    }

    [Fact]
    public void Fields_with_separators_quotes_or_line_breaks_are_quoted()
    {
        Assert.Equal("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"", CsvText.Line("plain", "a, b", "say \"hi\"", "two\nlines"));
    }
}
