using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Imports;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Imports;

/// <summary>
/// The import page in a circuit (bUnit over the real importer and database): a file sent over the circuit, its
/// dry run as a grid, the import confirmed in a dialog; bad files refused with the row and column of each problem.
/// </summary>
public class ImportIndicatorsPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private static readonly TimeSpan LongImport = TimeSpan.FromSeconds(90);

    private async Task<string> AdminAsync()
    {
        var email = await Portal.AddUserAsync(PortalRoles.Admin);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        SignIn(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), email, PortalRoles.Admin);
        RenderProviders();
        return email;
    }

    /// <summary>A real World Bank download from ../shared/real-data when it is there, else our sample in the same format.</summary>
    private static string WorldBankFile() =>
        IndicatorFiles.RealFiles().FirstOrDefault(f => Path.GetFileName(f).StartsWith("API_TX.VAL.TECH.CD_DS2", StringComparison.Ordinal))
        ?? IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv");

    private async Task<(int Values, int Imports)> StoredAsync()
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return (await db.IndicatorValues.CountAsync(), await db.IndicatorImports.CountAsync());
    }

    /// <summary>Chooses the file in the page's file input and presses "Check the file", as the admin does.</summary>
    private IRenderedComponent<ImportIndicatorsPage> CheckFile(byte[] content, string fileName, bool create = false)
    {
        var page = Render<ImportIndicatorsPage>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, fileName, contentType: "text/csv"));
        page.WaitForAssertion(() => Assert.Contains(fileName, page.Find(".chosen-file").TextContent), Patience);
        if (create)
        {
            TickCreate(page);
        }
        ClickButton(page, "Check the file");
        return page;
    }

    private static void TickCreate(IRenderedComponent<ImportIndicatorsPage> page) =>
        page.InvokeAsync(() => page.FindAll("label").Single(l => l.TextContent.Contains("Create indicators")).QuerySelector("input")!.Change(true)).GetAwaiter().GetResult();

    [Fact]
    public async Task A_real_world_bank_file_is_checked_shown_as_a_grid_and_imported_only_once_the_admin_confirms()
    {
        var admin = await AdminAsync();
        var path = WorldBankFile();
        var before = await StoredAsync();

        var page = CheckFile(await File.ReadAllBytesAsync(path), Path.GetFileName(path));

        page.WaitForAssertion(() => Assert.Contains("dry run, nothing was written", page.Find("#report-heading").TextContent), LongImport);
        var wouldAdd = page.FindAll(".import-changes td.numeric").Select(td => int.Parse(td.TextContent.Trim(), System.Globalization.NumberStyles.AllowThousands)).ToList();
        Assert.Equal(3, wouldAdd.Count);
        Assert.True(wouldAdd[0] > 0);
        Assert.Matches(@"Skipped aggregates \(\d+\)", page.Find(".skipped-aggregates").TextContent);
        Assert.Equal(before, await StoredAsync());

        ClickButton(page, "Import");
        Dialogs.WaitForAssertion(() => Assert.Contains($"{wouldAdd[0]:N0} new and {wouldAdd[1]:N0} changed values are written", Dialogs.Find(".mud-dialog").TextContent), Patience);
        ClickButton(Dialogs, "Import");

        page.WaitForAssertion(() => Assert.EndsWith(": imported", page.Find("#report-heading").TextContent.Trim()), LongImport);
        Assert.Equal(wouldAdd, page.FindAll(".import-changes td.numeric").Select(td => int.Parse(td.TextContent.Trim(), System.Globalization.NumberStyles.AllowThousands)));
        Assert.Equal((before.Values + wouldAdd[0], before.Imports + 1), await StoredAsync());
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Import");
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(admin, (await db.IndicatorImports.OrderBy(i => i.Id).LastAsync()).ImportedBy);
        Assert.Equal(admin, (await db.AuditLog.Where(a => a.Action == "indicators.imported").OrderBy(a => a.Id).LastAsync()).Actor);
    }

    [Fact]
    public async Task A_bad_file_is_refused_with_the_row_and_column_of_each_problem_and_nothing_is_imported()
    {
        await AdminAsync();
        var before = await StoredAsync();
        var bad = "country,indicator,year,value\nCHN,GB.XPD.RSDV.GD.ZS,2020,1.5\nDEU,GB.XPD.RSDV.GD.ZS,20x0,2\nJPN,GB.XPD.RSDV.GD.ZS,2021,lots\n"u8.ToArray();

        var page = CheckFile(bad, "bad.csv");

        page.WaitForAssertion(() => Assert.Contains("bad.csv: refused, nothing was written", page.Find("#report-heading").TextContent), LongImport);
        var problems = page.FindAll(".import-problems tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["3", "3", "\"20x0\" is not a year."], problems[0]);
        Assert.Equal(["4", "4"], problems[1].Take(2));
        Assert.Contains("nothing was written", page.Find("#import-result [role=alert]").TextContent);
        Assert.DoesNotContain(page.FindAll("#import-result button"), b => b.TextContent.Contains("Import"));
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task A_long_import_shows_a_progress_bar_driven_by_the_circuit_until_its_report_replaces_it()
    {
        await AdminAsync();
        var rows = new System.Text.StringBuilder("country,indicator,year,value\n");
        var countries = new[] { "CHN", "DEU", "JPN", "USA", "KOR", "IND", "FRA", "ITA" };
        for (var i = 0; i < 400_000; i++)
        {
            rows.Append(countries[i % countries.Length]).Append(",PROGRESS.").Append(i / countries.Length / 200).Append(',').Append(1900 + i / countries.Length % 200).Append(",1.5\n");
        }

        var page = CheckFile(System.Text.Encoding.UTF8.GetBytes(rows.ToString()), "big.csv");

        page.WaitForElement(".import-progress [role=progressbar]", LongImport);
        Assert.Contains("big.csv", page.Find(".import-progress").TextContent);
        Assert.Empty(page.FindAll("#report-heading"));
        page.WaitForAssertion(() => Assert.Contains("big.csv", page.Find("#report-heading").TextContent), LongImport);
        Assert.Empty(page.FindAll(".import-progress"));
        Assert.Contains("indicators the portal does not know (250)", page.Find(".import-problems").TextContent);
    }

    [Fact]
    public async Task Ticking_create_indicators_after_a_dry_run_asks_for_a_new_check_before_anything_can_be_imported()
    {
        await AdminAsync();
        var page = CheckFile(await File.ReadAllBytesAsync(IndicatorFiles.Sample("tidy_sample.csv")), "tidy_sample.csv");
        page.WaitForAssertion(() => Assert.Contains("dry run", page.Find("#report-heading").TextContent), LongImport);

        TickCreate(page);

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#report-heading")), Patience);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Import");
    }
}
