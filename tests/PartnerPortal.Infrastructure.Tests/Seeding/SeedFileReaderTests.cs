using PartnerPortal.Domain.Framework;
using PartnerPortal.Infrastructure.Seeding;

namespace PartnerPortal.Infrastructure.Tests.Seeding;

public class SeedFileReaderTests
{
    private static IReadOnlyList<SeedRow> Parse(string text) => SeedFileReader.Parse("criteria.csv", new StringReader(text));

    [Fact]
    public void A_row_with_too_few_fields_is_reported_with_file_and_line()
    {
        var error = Assert.Throws<SeedDataException>(() => Parse("code,name\nrie,Excellence\neconomic\n"));

        Assert.Equal("criteria.csv", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("has 1 fields but the header has 2", error.Message);
    }

    [Fact]
    public void An_empty_required_field_is_reported_with_file_line_and_field()
    {
        var row = Parse("code,name\nrie,\n")[0];

        var error = Assert.Throws<SeedDataException>(() => row.Text("name"));

        Assert.Equal("criteria.csv, line 2, field 'name': is required but empty", error.Message);
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_values_allowed()
    {
        var row = Parse("category\nopportunityy\n")[0];

        var error = Assert.Throws<SeedDataException>(() => row.Enum<CriterionCategory>("category"));

        Assert.Equal("category", error.Field);
        Assert.Contains("'opportunityy' is not one of: opportunity, feasibility", error.Message);
    }

    [Fact]
    public void A_field_the_header_lacks_is_named()
    {
        var row = Parse("code\nrie\n")[0];

        var error = Assert.Throws<SeedDataException>(() => row.Text("definition"));

        Assert.Contains("field 'definition': is missing from the header", error.Message);
    }

    [Fact]
    public void A_file_without_a_header_is_refused()
    {
        Assert.Contains("a header row is required", Assert.Throws<SeedDataException>(() => Parse("")).Message);
    }

    [Fact]
    public void Blank_lines_between_rows_are_skipped_and_line_numbers_stay_true()
    {
        var rows = Parse("code\nrie\n\neconomic\n");

        Assert.Equal([2, 4], rows.Select(r => r.Line));
    }
}
