using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Tests.Csv;

public class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t'=1+1")]
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

    [Theory]
    [InlineData("Germany;1990", "\"Germany;1990\"")]
    [InlineData("tab\tseparated", "\"tab\tseparated\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    public void Fields_holding_the_separator_of_another_locale_are_quoted(string value, string expected)
    {
        Assert.Equal(expected, CsvText.Line(value));
    }

    [Fact]
    public void A_formula_after_a_semicolon_inside_a_cell_is_quoted_and_neutralised()
    {
        Assert.Equal("CAN,\"Germany;'=1+1\"", CsvText.SafeLine("CAN", "Germany;=1+1"));
    }

    [Theory]
    [InlineData("Germany;=1+1")]
    [InlineData("Germany;=1+1;")]
    [InlineData("x\t+cmd|' /C calc'!A0")]
    [InlineData("line one\n@SUM(A1)")]
    [InlineData("a,-2+3")]
    [InlineData("\"quoted\";=HYPERLINK(\"http://evil.example\")")]
    [InlineData("=1+2\";=1+2")]
    public void No_cell_a_spreadsheet_of_any_locale_splits_off_starts_a_formula(string hostile)
    {
        var line = CsvText.SafeLine("CAN", hostile, "batteries");

        // However a reader splits — on commas, semicolons, tabs or line breaks, with or without honouring the
        // quotes — no cell it finds begins with a formula character (a leading quote is the reader's, not the cell's).
        foreach (var cell in line.Split([',', ';', '\t', '\r', '\n']))
        {
            var text = cell.StartsWith('"') ? cell[1..] : cell;
            Assert.False(text.Length > 0 && text[0] is '=' or '+' or '-' or '@', $"'{cell}' in {line}");
        }
    }
}
