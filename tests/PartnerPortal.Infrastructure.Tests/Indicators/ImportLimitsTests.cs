using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Infrastructure.Tests.Indicators;

/// <summary>
/// Files built to take the server's memory (issue 14) are refused where they pass a bound, saying which and
/// where, and write nothing. scripts/benchmark-upload-bombs.sh measures the full-size ones.
/// </summary>
public class ImportLimitsTests : SeededStudyTests
{
    private const string Header = "country,indicator,year,value\n";

    private IndicatorImporter Importer => Services.GetRequiredService<IndicatorImporter>();

    private async Task<ImportReport> ImportAsync(Stream file, string name) => await Importer.ImportAsync(file, name, dryRun: false, createIndicators: true);

    private Task<ImportReport> ImportTextAsync(string text) => ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "limits.csv");

    private async Task AssertNothingWrittenAsync(ImportReport report)
    {
        Assert.False(report.Imported);
        await using var db = await ContextAsync();
        Assert.Equal(0, await db.IndicatorValues.CountAsync());
        Assert.Equal(0, await db.IndicatorImports.CountAsync());
        Assert.False(await db.Indicators.AnyAsync(i => i.Code.StartsWith("LIMIT")));
    }

    [Fact]
    public async Task A_csv_cell_longer_than_excels_limit_is_refused_with_its_line_and_column()
    {
        var report = await ImportTextAsync(Header + $"DEU,LIMIT.CELL,2020,{new string('1', 40_000)}\n");

        Assert.Equal("line 2, column 4: The cell is longer than 32,767 characters (Excel's limit for a cell).", Assert.Single(report.Problems).ToString());
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task A_csv_line_longer_than_a_million_characters_is_refused_with_its_line()
    {
        var wide = string.Join(',', Enumerable.Repeat(new string('x', 30_000), 40));

        var report = await ImportTextAsync(Header + "DEU,LIMIT.LINE,2020,1\n" + wide + "\n");

        Assert.Equal("line 3: The line is longer than 1,048,576 characters.", Assert.Single(report.Problems).ToString());
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task A_csv_row_of_more_columns_than_excel_has_is_refused_with_its_line()
    {
        var report = await ImportTextAsync(Header + "DEU,LIMIT.WIDE,2020,1" + new string(',', 20_000) + "\n");

        Assert.Equal("line 2: The row has more than 16,384 columns (Excel's limit).", Assert.Single(report.Problems).ToString());
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task A_workbook_cell_beyond_excels_last_column_is_refused_naming_the_cell()
    {
        using var workbook = TestWorkbook.Build("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>DEU</t></is></c><c r=\"ZZZZZZ2\"><v>1</v></c></row>");

        var report = await ImportAsync(workbook, "zzzzzz.xlsx");

        Assert.Equal("line 2: The cell ZZZZZZ2 lies beyond Excel's last column, XFD (16,384 columns).", Assert.Single(report.Problems).ToString());
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task A_workbook_shared_string_longer_than_a_cell_may_hold_is_refused()
    {
        // Random letters pack about as poorly as text does, so only the cell limit can stop this one.
        var random = new Random(14);
        var text = new string([.. Enumerable.Range(0, 40_000).Select(_ => (char)('a' + random.Next(26)))]);
        using var workbook = TestWorkbook.Build("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>", TestWorkbook.SharedStrings(text));

        var report = await ImportAsync(workbook, "long-string.xlsx");

        Assert.Equal("A shared string of the workbook is longer than 32,767 characters (Excel's limit for a cell).", Assert.Single(report.Problems).ToString());
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task A_workbook_inline_string_longer_than_a_cell_may_hold_is_refused_with_its_row_and_column()
    {
        var random = new Random(14);
        var text = new string([.. Enumerable.Range(0, 40_000).Select(_ => (char)('a' + random.Next(26)))]);
        using var workbook = TestWorkbook.Build($"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>DEU</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>{text}</t></is></c></row>");

        var report = await ImportAsync(workbook, "long-inline.xlsx");

        Assert.Equal("line 2, column 2: The cell is longer than 32,767 characters (Excel's limit for a cell).", Assert.Single(report.Problems).ToString());
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task A_workbook_part_that_unpacks_far_beyond_its_packed_size_is_refused_as_a_zip_bomb()
    {
        using var workbook = TestWorkbook.Build("", TestWorkbook.SharedStrings(new string(' ', 4 * 1024 * 1024)));

        var report = await ImportAsync(workbook, "bomb.xlsx");

        var problem = Assert.Single(report.Problems).Message;
        Assert.StartsWith("The workbook's part xl/sharedStrings.xml unpacks to 4.0 MB from ", problem);
        Assert.EndsWith("more than 100 times its packed size: refused as a possible zip bomb.", problem);
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task A_workbook_tag_longer_than_64_kb_is_refused()
    {
        var random = new Random(14);
        var attribute = new string([.. Enumerable.Range(0, 100_000).Select(_ => (char)('a' + random.Next(26)))]);
        using var workbook = TestWorkbook.Build($"<row r=\"2\" note=\"{attribute}\"><c r=\"A2\"><v>1</v></c></row>");

        var report = await ImportAsync(workbook, "tag.xlsx");

        Assert.Equal("The workbook's part xl/worksheets/sheet1.xml holds an XML tag longer than 64 KB; Excel writes none.", Assert.Single(report.Problems).Message);
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task A_workbook_of_more_parts_than_any_workbook_has_is_refused_before_its_directory_is_read()
    {
        using var workbook = TestWorkbook.Build("", extraEntries: 10_001);

        var report = await ImportAsync(workbook, "parts.xlsx");

        Assert.Equal("The workbook holds more than 10,000 parts; a workbook has a few dozen.", Assert.Single(report.Problems).Message);
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task A_workbook_with_an_xml_entity_declaration_is_refused_as_damaged()
    {
        using var workbook = TestWorkbook.Build("", "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><sst><si><t>&b;</t></si></sst>");

        var report = await ImportAsync(workbook, "entities.xlsx");

        Assert.Contains("The workbook cannot be read", Assert.Single(report.Problems).Message);
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task An_indicator_code_longer_than_the_catalogue_takes_is_refused_with_its_line_and_column()
    {
        var report = await ImportTextAsync(Header + $"DEU,LIMIT.{new string('C', 120)},2020,1\n");

        Assert.StartsWith("line 2, column 2: The indicator code \"LIMIT.CCC", Assert.Single(report.Problems).ToString());
        Assert.EndsWith("…\" is longer than 100 characters.", report.Problems[0].Message);
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task Problems_past_a_thousand_are_counted_not_kept()
    {
        var rows = new StringBuilder(Header);
        for (var i = 0; i < 1_500; i++)
        {
            rows.Append("DEU,LIMIT.MANY,").Append(1900 + i % 300).Append(",not a number\n");
        }

        var report = await ImportTextAsync(rows.ToString());

        Assert.Equal(1_001, report.Problems.Count);
        Assert.Equal("… and 500 more problems, not listed.", report.Problems[^1].Message);
        await AssertNothingWrittenAsync(report);
    }

    [Fact]
    public async Task An_import_while_another_holds_the_only_slot_is_refused_and_writes_nothing()
    {
        using var running = Services.GetRequiredService<ImportSlots>().TryTake();
        Assert.NotNull(running);

        var report = await ImportTextAsync(Header + "DEU,LIMIT.SLOT,2020,1\n");

        Assert.Equal("Another import is running; try again in a minute. (The portal runs 1 at a time: Portal:Import:MaximumConcurrentImports.)",
            Assert.Single(report.Problems).Message);
        await AssertNothingWrittenAsync(report);
    }
}
