using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Cli;

public class ImportCommandTests
{
    [Fact]
    public async Task Import_indicators_checks_with_dry_run_then_imports_and_reports_what_changed()
    {
        var db = await PortalCliTests.SeededDatabaseAsync();
        var file = IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv");

        var dryRun = await CliRun.RunAsync(db, null, "import", "indicators", file, "--dry-run");
        var import = await CliRun.RunAsync(db, null, "import", "indicators", file);
        var again = await CliRun.RunAsync(db, null, "import", "indicators", file);

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("dry run: nothing was written", dryRun.Error);
        Assert.Contains("GB.XPD.RSDV.GD.ZS\tResearch and development expenditure\tnew 14\tchanged 0\tunchanged 0", import.Output);
        Assert.Contains("skipped aggregates (1): WLD", import.Output);
        Assert.Contains("unknown countries, skipped (1): ABW", import.Output);
        Assert.Contains("imported: 14 new, 0 changed, 0 unchanged", import.Error);
        Assert.Contains("imported: 0 new, 0 changed, 14 unchanged", again.Error);
    }

    [Fact]
    public async Task A_faulty_file_exits_1_with_its_line_and_column_and_an_unsupported_format_exits_2()
    {
        var db = await PortalCliTests.SeededDatabaseAsync();
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n\"China\",\"CHN\",\"R&D\",\"GB.XPD.RSDV.GD.ZS\",\"n/a\"\n");

        var faulty = await CliRun.RunAsync(db, null, "import", "indicators", file);
        var format = await CliRun.RunAsync(TestDatabase.Unused, null, "import", "indicators", file, "--format", "ods");
        File.Delete(file);

        Assert.Equal(1, faulty.ExitCode);
        Assert.Contains("error: line 2, column 5: \"n/a\" is not a number.", faulty.Error);
        Assert.Contains("nothing was imported", faulty.Error);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("--format takes auto, tidy, wdi (World Bank bulk CSV), sdmx (OECD SDMX-CSV), oecd (old OECD data-portal export) or xlsx (tidy workbook), not 'ods'", format.Error);
    }
}
