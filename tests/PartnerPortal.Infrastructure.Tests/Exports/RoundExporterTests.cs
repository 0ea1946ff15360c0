using PartnerPortal.Infrastructure.Analysis;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartnerPortal.Infrastructure.Csv;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Exports;

/// <summary>The seeded study, run through the longlist rule and the shortlist decisions, reproduces Tables 6.1 and 6.2.</summary>
public class RoundExporterTests : SeededStudyTests
{
    private async Task<string> ExportAsync(RoundTable table, ExportFormat format, string round = Study.RoundSlug)
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RoundExporter>().ExportAsync(round, table, format, output, RoundViewer.Unrestricted);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public async Task The_excel_export_holds_the_csv_rows_as_text_cells_under_a_header()
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RoundExporter>().ExportAsync(Study.RoundSlug, RoundTable.Shortlist, ExportFormat.Xlsx, output, RoundViewer.Unrestricted);

        output.Position = 0;
        using var workbook = SpreadsheetDocument.Open(output, isEditable: false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        // The workbook adds each opportunity's details after Table 6.2's three columns.
        var rows = sheet.Descendants<Row>().Select(r => string.Join(",", r.Elements<Cell>().Take(3).Select(c => CsvText.Field(c.InnerText)))).ToList();
        Assert.Equal((await File.ReadAllLinesAsync(Study.ExpectedFile("mm-2021-shortlist.csv"))).ToList(), rows);
        Assert.All(sheet.Descendants<Cell>(), c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        Assert.Equal("Shortlist", workbook.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
        Assert.Equal(["valueCapture", "instruments", "winWinPrinciples"], sheet.Descendants<Row>().First().Elements<Cell>().Skip(3).Select(c => c.InnerText));
    }

    [Fact]
    public async Task The_longlist_csv_is_exactly_the_pairs_of_table_6_1()
    {
        Assert.Equal(await File.ReadAllTextAsync(Study.ExpectedFile("mm-2021-longlist.csv")), await ExportAsync(RoundTable.Longlist, ExportFormat.Csv));
    }

    [Fact]
    public async Task The_shortlist_csv_is_exactly_the_pairs_of_table_6_2()
    {
        Assert.Equal(await File.ReadAllTextAsync(Study.ExpectedFile("mm-2021-shortlist.csv")), await ExportAsync(RoundTable.Shortlist, ExportFormat.Csv));
    }

    [Fact]
    public async Task The_json_export_holds_the_same_rows_as_the_csv()
    {
        var json = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(await ExportAsync(RoundTable.Longlist, ExportFormat.Json))!;
        var csv = (await File.ReadAllLinesAsync(Study.ExpectedFile("mm-2021-longlist.csv"))).Skip(1).ToList();

        Assert.Equal(csv.Count, json.Count);
        Assert.Equal(new Dictionary<string, string> { ["country"] = "Australia", ["theme"] = "Net-zero manufacturing", ["technology"] = "Green hydrogen production" }, json[0]);
    }

    [Fact]
    public async Task A_name_holding_a_semicolon_and_a_formula_is_exported_quoted_with_the_formula_neutralised()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        await using (var db = await ContextAsync())
        {
            await db.Countries.Where(c => c.Code == "DEU").ExecuteUpdateAsync(c => c.SetProperty(x => x.StudyName, "Germany;=1+1"));
        }

        var lines = (await ExportAsync(RoundTable.Longlist, ExportFormat.Csv, "rebench")).Split('\n');

        Assert.Contains("\"Germany;'=1+1\",Net-zero manufacturing,Batteries", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Germany;=1+1"));
    }

    [Fact]
    public async Task Exporting_an_unknown_round_says_which_round_is_missing()
    {
        var error = await Assert.ThrowsAsync<RoundNotFoundException>(() => ExportAsync(RoundTable.Longlist, ExportFormat.Csv, "no-such-round"));

        Assert.Equal("There is no round 'no-such-round'.", error.Message);
    }
}
