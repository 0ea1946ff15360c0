using System.Text;
using Microsoft.Playwright;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.EndToEnd.Tests;

public class ImportProgressTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_long_import_shows_a_progress_bar_then_the_dry_run_and_imports_after_the_confirmation()
    {
        await portal.AddUserAsync("admin@example.org", PortalRoles.Admin);
        var page = await portal.SignInAsync("admin@example.org");
        string[] countries = ["CHN", "DEU", "JPN", "USA", "KOR", "IND", "FRA", "ITA", "ESP", "SWE", "NLD", "POL", "AUT", "BEL", "DNK", "FIN", "IRL", "PRT", "CZE", "GRC"];
        var rows = new StringBuilder("country,indicator,year,value\n");
        for (var i = 0; i < 400_000; i++)
        {
            rows.Append(countries[i % 20]).Append(",E2E.SERIES.").Append(i / 4000).Append(',').Append(1900 + i / 20 % 200).Append(',').Append(i).Append('\n');
        }
        await page.GotoAsync("/admin/indicators/import");

        // The page's file input sits behind its "Choose a file" button; the file travels over the circuit.
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "long.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(rows.ToString()) });
        await page.GetByLabel("Create indicators the portal does not know yet").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        var bar = page.Locator("#import-result [role=progressbar]");
        await Assertions.Expect(bar).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(page, "import-progress");
        await Assertions.Expect(page.Locator("#report-heading")).ToContainTextAsync("long.csv: dry run", new() { Timeout = 60_000 });
        await Assertions.Expect(bar).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-heading")).ToContainTextAsync("long.csv: imported", new() { Timeout = 60_000 });
        await BrowserPortal.ScreenshotAsync(page, "import-report");
    }
}
