using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Indicators;

public class OecdAndWorkbookImportTests : SeededStudyTests
{
    private IndicatorImporter Importer => Services.GetRequiredService<IndicatorImporter>();

    private async Task<ImportReport> ImportAsync(string sample, bool create = false, ImportFormat format = ImportFormat.Auto)
    {
        await using var file = File.OpenRead(IndicatorFiles.Sample(sample));
        return await Importer.ImportAsync(file, sample, dryRun: false, create, format: format);
    }

    private async Task<double?> ValueAsync(string indicator, string country, int year)
    {
        await using var db = await ContextAsync();
        return await db.IndicatorValues
            .Where(v => v.IndicatorId == db.Indicators.Single(i => i.Code == indicator).Id && v.CountryId == db.Countries.Single(c => c.Code == country).Id && v.Year == year)
            .Select(v => (double?)v.Value).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task An_sdmx_csv_with_labels_makes_one_indicator_per_series_named_from_the_labels_and_maps_the_eu()
    {
        var report = await ImportAsync("oecd_sdmx_with_labels_sample.csv", create: true);

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        Assert.Equal(["DF_MSTI.G.PT_B1GQ._Z", "DF_MSTI.G.USD_PPP.Q"], report.Indicators.Select(i => i.Code));
        Assert.Equal((5, 1), (report.Added, report.MissingValues));
        Assert.Equal(["OECD"], report.SkippedAggregates);
        Assert.Equal(["XKX"], report.UnknownCountries);
        Assert.Equal(2.24, await ValueAsync("DF_MSTI.G.PT_B1GQ._Z", "EU", 2022));
        await using var db = await ContextAsync();
        var share = await db.Indicators.SingleAsync(i => i.Code == "DF_MSTI.G.PT_B1GQ._Z");
        var level = await db.Indicators.SingleAsync(i => i.Code == "DF_MSTI.G.USD_PPP.Q");
        Assert.Equal(("Main Science and Technology Indicators: Gross domestic expenditure on R&D (GERD)", "Percentage of GDP"), (share.Name, share.Unit));
        Assert.Equal("US dollars PPP converted (Millions)", level.Unit);
        Assert.StartsWith("OECD (SDMX)", share.Source);
    }

    [Fact]
    public async Task An_sdmx_csv_with_codes_only_imports_against_an_indicator_of_the_same_series_code()
    {
        var report = await ImportAsync("oecd_sdmx_codes_sample.csv", create: true);

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        Assert.Equal(3.59, await ValueAsync("DF_MSTI.G.PT_B1GQ", "USA", 2022));
    }

    [Fact]
    public async Task An_old_oecd_data_portal_export_makes_an_indicator_per_measure_with_its_unit()
    {
        var unconfirmed = await ImportAsync("oecd_data_portal_sample.csv");
        var report = await ImportAsync("oecd_data_portal_sample.csv", create: true);

        Assert.Contains("GDEXPRD.TOT.PC_GDP (OECD Gross domestic spending on R&D)", unconfirmed.UnknownIndicators);
        Assert.True(report.Imported, string.Join("; ", report.Problems));
        Assert.Equal(4, report.Added);
        Assert.Equal(["EU28"], report.SkippedAggregates);
        Assert.Equal(["ZZZ"], report.UnknownCountries);
        Assert.Equal(2.23, await ValueAsync("GDEXPRD.TOT.PC_GDP", "CHN", 2019));
        await using var db = await ContextAsync();
        Assert.Equal("% of GDP", (await db.Indicators.SingleAsync(i => i.Code == "GDEXPRD.TOT.PC_GDP")).Unit);
        Assert.Equal("oecd", (await db.IndicatorImports.SingleAsync()).Format);
    }

    [Fact]
    public async Task A_workbook_in_the_tidy_layout_imports_its_first_sheet_with_shared_strings_and_blank_cells()
    {
        var report = await ImportAsync("tidy_sample.xlsx");

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        Assert.Equal((3, 1), (report.Added, report.MissingValues));
        Assert.Equal(["WLD"], report.SkippedAggregates);
        Assert.Equal(3.13, await ValueAsync("GB.XPD.RSDV.GD.ZS", "DEU", 2021));
        await using var db = await ContextAsync();
        Assert.Equal("xlsx", (await db.IndicatorImports.SingleAsync()).Format);
    }

    [Fact]
    public async Task A_workbook_cut_short_is_refused_and_writes_nothing()
    {
        var bytes = await File.ReadAllBytesAsync(IndicatorFiles.Sample("tidy_sample.xlsx"));
        using var truncated = new MemoryStream(bytes[..(bytes.Length / 2)]);

        var report = await Importer.ImportAsync(truncated, "cut.xlsx", dryRun: false);

        Assert.False(report.Imported);
        Assert.Contains("workbook cannot be read", Assert.Single(report.Problems).Message);
        await using var db = await ContextAsync();
        Assert.Equal(0, await db.IndicatorValues.CountAsync());
    }

    [Fact]
    public async Task A_csv_file_given_as_a_workbook_is_refused()
    {
        var report = await ImportAsync("tidy_sample.csv", format: ImportFormat.Xlsx);

        Assert.Equal("This is not an .xlsx workbook.", Assert.Single(report.Problems).Message);
    }

    [Theory]
    [InlineData("DATAFLOW,REF_AREA,FREQ,MEASURE,TIME_PERIOD,OBS_VALUE\nX:DF_MSTI(1.0),CHN,Q,G,2021-Q1,2.4\n", "line 2, column 3: Only annual values (FREQ A) can be imported")]
    [InlineData("DATAFLOW,REF_AREA,MEASURE,TIME_PERIOD,OBS_VALUE\nX:DF_MSTI(1.0),CHN,G,2021,2,4\n", "line 2: The row has 6 columns; the header has 5.")]
    [InlineData("DATAFLOW,REF_AREA,MEASURE,TIME_PERIOD,OBS_VALUE\nX:DF_MSTI(1.0),CHN,G,2021,n/a\n", "line 2, column 5: \"n/a\" is not a number.")]
    [InlineData("DATAFLOW,REF_AREA,MEASURE,TIME_PERIOD,OBS_VALUE\nX:DF_MSTI(1.0),CHN,G,2021,2.4\nX:DF_MSTI(1.0),CHN,G,2021,2.5\n", "line 3: The row repeats line 2")]
    [InlineData("LOCATION,INDICATOR,SUBJECT,MEASURE,FREQUENCY,TIME,Value,Flag Codes\nCHN,GDEXPRD,TOT,PC_GDP,Q,2019-Q1,2.2,\n", "line 2, column 5: Only annual values (FREQUENCY A)")]
    [InlineData("LOCATION,INDICATOR,SUBJECT,MEASURE,FREQUENCY,TIME,Value,Flag Codes\nCHN,GDEXPRD,TOT,PC_GDP,A,2019,2.2x,\n", "line 2, column 7: \"2.2x\" is not a number.")]
    public async Task A_faulty_oecd_file_is_refused_with_its_line_and_column_and_writes_nothing(string text, string problem)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var report = await Importer.ImportAsync(stream, "oecd.csv", dryRun: false, createIndicators: true);

        Assert.False(report.Imported);
        Assert.Contains(report.Problems, p => p.ToString().Contains(problem, StringComparison.Ordinal));
        await using var db = await ContextAsync();
        Assert.Equal(0, await db.IndicatorValues.CountAsync());
        Assert.False(await db.Indicators.AnyAsync(i => i.Code.StartsWith("DF_MSTI") || i.Code.StartsWith("GDEXPRD")));
    }
}
