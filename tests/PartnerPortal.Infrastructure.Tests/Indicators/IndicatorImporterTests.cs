using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Indicators;

public class IndicatorImporterTests : SeededStudyTests
{
    private IndicatorImporter Importer => Services.GetRequiredService<IndicatorImporter>();

    private async Task<ImportReport> ImportAsync(string path, bool dryRun = false, bool create = false)
    {
        await using var file = File.OpenRead(path);
        return await Importer.ImportAsync(file, path, dryRun, create);
    }

    private async Task<ImportReport> ImportTextAsync(string text, Encoding? encoding = null)
    {
        using var stream = new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(text));
        return await Importer.ImportAsync(stream, "damaged.csv", dryRun: false);
    }

    private async Task<long> ValuesAsync()
    {
        await using var db = await ContextAsync();
        return await db.IndicatorValues.LongCountAsync();
    }

    [Fact]
    public async Task A_world_bank_file_imports_its_countries_maps_the_eu_reports_aggregates_and_unknown_countries_and_counts_missing_values()
    {
        var report = await ImportAsync(IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv"));

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        var changes = Assert.Single(report.Indicators);
        Assert.Equal(("GB.XPD.RSDV.GD.ZS", 14, 0, 0), (changes.Code, changes.Added, changes.Updated, changes.Unchanged));
        Assert.Equal((4, 2019, 2022), (report.Countries, report.FirstYear, report.LastYear));
        Assert.Equal(["WLD"], report.SkippedAggregates);
        Assert.Equal(["ABW"], report.UnknownCountries);
        Assert.Equal(6, report.MissingValues);
        await using var db = await ContextAsync();
        var eu = await db.Countries.SingleAsync(c => c.Code == "EU");
        Assert.Equal(2.22, (await db.IndicatorValues.SingleAsync(v => v.CountryId == eu.Id && v.Year == 2022)).Value);
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Action == "indicators.imported"));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_a_newer_value_is_updated_with_its_import()
    {
        var path = IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv");
        var first = await ImportAsync(path);

        var again = await ImportAsync(path);
        var newer = Path.Combine(Path.GetTempPath(), $"newer-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(newer, (await File.ReadAllTextAsync(path)).Replace("\"2.56\"", "\"2.68\""));
        var update = await ImportAsync(newer);
        File.Delete(newer);

        Assert.Equal((0, 0, 14), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal((0, 1, 13), (update.Added, update.Updated, update.Unchanged));
        await using var db = await ContextAsync();
        var imports = await db.IndicatorImports.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        Assert.Equal(3, imports.Count);
        Assert.Equal(1, await db.IndicatorValues.CountAsync(v => v.ImportId == imports[2]));
        Assert.Equal(first.Added, await ValuesAsync());
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        var report = await ImportAsync(IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv"), dryRun: true);

        Assert.False(report.Imported);
        Assert.Equal(14, report.Added);
        Assert.Equal(0, await ValuesAsync());
    }

    [Fact]
    public async Task A_file_excel_re_saved_without_preamble_and_with_exponents_imports()
    {
        var report = await ImportAsync(IndicatorFiles.Sample("API_NV.IND.MANF.CD_excel_resaved_sample.csv"));

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        Assert.Equal(4, report.Added);
        Assert.Equal(["HIC"], report.SkippedAggregates);
        await using var db = await ContextAsync();
        Assert.Equal(1.03e12, (await db.IndicatorValues.OrderBy(v => v.Year).FirstAsync(v => v.CountryId == db.Countries.Single(c => c.Code == "JPN").Id)).Value);
    }

    [Fact]
    public async Task A_tidy_file_imports_with_countries_given_by_iso3_iso2_or_name()
    {
        var report = await ImportAsync(IndicatorFiles.Sample("tidy_sample.csv"));

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        Assert.Equal((3, 1), (report.Added, report.MissingValues));
        Assert.Equal(["WLD"], report.SkippedAggregates);
        await using var db = await ContextAsync();
        Assert.Equal("tidy", (await db.IndicatorImports.SingleAsync()).Format);
    }

    [Theory]
    [InlineData("country,indicator,year,value\nCHN,GB.XPD.RSDV.GD.ZS,20x1,2.4\n", "line 2, column 3: \"20x1\" is not a year.")]
    [InlineData("country,indicator,year,value\nCHN,GB.XPD.RSDV.GD.ZS,2021\n", "line 2: The row has 3 columns; the header has 4.")]
    [InlineData("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n\"China\",\"CHN\",\"R&D\",\"GB.XPD.RSDV.GD.ZS\",\"2.4x\"\n", "line 2, column 5: \"2.4x\" is not a number.")]
    [InlineData("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n\"China\",\"CHN\",\"R&D\",\"GB.XPD.RSDV.GD.ZS\",\"2.4\"\n\"China\",\"CHN\",\"R&D\",\"GB.XPD.RSDV.GD.ZS\",\"2.5\"\n", "line 3: The row repeats line 2")]
    [InlineData("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n\"China\",\"CHN\",\"R&D\",\"GB.XPD.RSDV.GD.ZS\",\"2.4\",\"7\",\"8\"\n", "line 2: The row has 7 columns; the header has 5.")]
    [InlineData("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n\"China\",\"CHN\",\"R&D\",\"GB.XPD.RSDV.GD.ZS\",\"2.4\n", "is the file cut short?")]
    [InlineData("", "The file is empty.")]
    [InlineData("name,age\nAna,3\n", "The format is not recognised")]
    [InlineData("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n\"Narnia\",\"NRN\",\"Magic\",\"MAGIC.IDX\",\"9\"\n\"China\",\"CHN\",\"Magic\",\"MAGIC.IDX\",\"1\"\n", "indicators the portal does not know (1): MAGIC.IDX (Magic)")]
    public async Task A_faulty_file_is_refused_with_its_line_and_column_and_writes_nothing(string text, string problem)
    {
        var report = await ImportTextAsync(text);

        Assert.False(report.Imported);
        Assert.Contains(report.Problems, p => p.ToString().Contains(problem, StringComparison.Ordinal));
        Assert.Equal(0, await ValuesAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_or_is_binary_is_refused()
    {
        var latin1 = await ImportTextAsync("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n\"Côte d'Ivoire\",\"CIV\",\"R&D\",\"GB.XPD.RSDV.GD.ZS\",\"0.1\"\n", Encoding.Latin1);
        using var binary = new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var image = await Importer.ImportAsync(binary, "chart.png", dryRun: false);

        Assert.Contains("not UTF-8", latin1.Problems.Single().Message);
        Assert.Contains("binary file", image.Problems.Single().Message);
        Assert.Equal(0, await ValuesAsync());
    }

    [Fact]
    public async Task An_unknown_indicator_is_created_from_the_files_own_name_when_the_admin_confirms()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(
            "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n\"China\",\"CHN\",\"Researchers in R&D (per million people)\",\"SP.POP.SCIE.RD.P6\",\"1585\"\n"));

        var report = await Importer.ImportAsync(stream, "researchers.csv", dryRun: false, createIndicators: true);

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        await using var db = await ContextAsync();
        var created = await db.Indicators.SingleAsync(i => i.Code == "SP.POP.SCIE.RD.P6");
        Assert.Equal(("Researchers in R&D", "per million people"), (created.Name, created.Unit));
    }

    [Fact]
    public async Task A_bulk_merge_checks_the_foreign_keys_once_and_leaves_them_in_force()
    {
        var importer = new IndicatorImporter(
            Services.GetRequiredService<PartnerPortal.Infrastructure.Persistence.OwnerDbContextFactory>(), Services.GetRequiredService<PartnerPortal.Infrastructure.Auditing.AuditTrail>(),
            Services.GetRequiredService<PartnerPortal.Infrastructure.Auditing.IAuditActor>(), TimeProvider.System,
            Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), Services.GetRequiredService<ImportSlots>()) { BulkMergeFrom = 1 };
        await using var file = File.OpenRead(IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv"));

        var report = await importer.ImportAsync(file, "sample.csv", dryRun: false);

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        Assert.Equal(14, await ValuesAsync());
        await using var db = await ContextAsync();
        var keys = await db.Database.SqlQueryRaw<string>(
            "SELECT conname AS \"Value\" FROM pg_constraint WHERE conrelid = 'indicator_values'::regclass AND contype = 'f' AND convalidated ORDER BY 1").ToListAsync();
        Assert.Equal(["fk_indicator_values_countries_country_id", "fk_indicator_values_indicator_imports_import_id", "fk_indicator_values_indicators_indicator_id"], keys);
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO indicator_values (indicator_id, country_id, year, value, import_id) SELECT indicator_id, -1, 1999, 1, import_id FROM indicator_values LIMIT 1"));
    }

    [Fact]
    public async Task A_file_over_the_configured_size_limit_is_refused_before_it_is_read()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:Import:MaximumFileMegabytes"] = "1" }).Build();
        var importer = ActivatorUtilities.CreateInstance<IndicatorImporter>(Services, configuration);
        using var big = new MemoryStream(new byte[3 * 1024 * 1024]);

        var report = await importer.ImportAsync(big, "big.csv", dryRun: false);

        Assert.Equal("The file is 3 MB; the limit is 1 MB.", Assert.Single(report.Problems).Message);
    }

    public static TheoryData<string> RealFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in IndicatorFiles.RealFiles())
        {
            files.Add(Path.GetFileName(file));
        }
        // Without ../shared/real-data the theory still runs on our own sample in the same format.
        if (files.Count == 0)
        {
            files.Add("");
        }
        return files;
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public async Task Every_real_download_imports_and_reports_its_aggregates(string name)
    {
        var path = name.Length == 0 ? IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv") : Path.Combine(IndicatorFiles.RealDataDirectory!, name);

        var report = await ImportAsync(path, create: true);
        var again = await ImportAsync(path);

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        Assert.True(report.Added > 0);
        Assert.NotEmpty(report.SkippedAggregates);
        Assert.Equal((0, 0, report.Added), (again.Added, again.Updated, again.Unchanged));
    }
}
