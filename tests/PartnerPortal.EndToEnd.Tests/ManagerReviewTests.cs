using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Demo;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// A portfolio manager reviews a scored round in Chromium: sorts and filters the ranking, reads the analysts'
/// evidence on a pair, decides pairs alone and three at once, and downloads the ranking workbook and the Word report.
/// </summary>
public class ManagerReviewTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Round = "review";

    [Fact]
    public async Task A_manager_sorts_and_filters_the_ranking_reads_evidence_decides_in_bulk_and_downloads_the_workbook_and_report()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoRoundGenerator>().GenerateAsync(Round, countries: 10, technologies: 6, analysts: 3, seed: 6);
        }
        await portal.AddUserAsync("reviewer@example.org", PortalRoles.PortfolioManager);
        var manager = await portal.SignInAsync("reviewer@example.org");

        // The ranking: sorted by a criterion, then only where analysts disagree; the export link follows the grid.
        await manager.GotoAsync($"/rounds/{Round}/ranking");
        var rows = manager.Locator(".ranking-grid tbody tr");
        await Expect(rows.First).ToContainTextAsync("1");
        var total = await rows.CountAsync();
        await manager.Locator(".ranking-grid thead th", new() { HasText = "Feasibility" }).Locator(".sortable-column-header").ClickAsync();
        await Expect(manager.Locator("#export-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("sort=feasibility"));
        await manager.GetByText("Only where analysts disagree").ClickAsync();
        await Expect(manager.Locator("#ranking-count")).ToContainTextAsync("match");
        await Expect(manager.Locator("#export-xlsx")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("disagreement=true"));
        await BrowserPortal.ScreenshotAsync(manager, "manager-ranking-filtered");

        // A pair's page: each analyst's score and evidence.
        await manager.Locator(".ranking-grid tbody tr a").First.ClickAsync();
        await Expect(manager.Locator("#evidence-heading")).ToBeVisibleAsync();
        Assert.True(await manager.Locator(".evidence-scores .evidence-value").CountAsync() >= 5);
        await BrowserPortal.ScreenshotAsync(manager, "manager-pair-evidence");

        // The proposal: one pair accepted, three deferred together with one rationale.
        await manager.GotoAsync($"/rounds/{Round}/proposal");
        var decide = manager.Locator("button[aria-label^='Decide on']");
        var accepted = (await decide.First.GetAttributeAsync("aria-label"))!["Decide on ".Length..];
        await decide.First.ClickAsync();
        await manager.Locator("label:has(#decision-accepted)").ClickAsync();
        await manager.Locator("#decision-rationale").FillAsync("The strongest partner for the technology.");
        await manager.Locator("#record-decision").ClickAsync();
        await Expect(manager.GetByText("Decision recorded: accepted.")).ToBeVisibleAsync();
        var boxes = manager.Locator(".proposal-grid input[type=checkbox]");
        for (var i = 1; i <= 3; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }
        await manager.Locator("#decide-selected").ClickAsync();
        await Expect(manager.Locator(".mud-dialog")).ToContainTextAsync("Decision on 3 pairs");
        await manager.Locator("label:has(#decision-deferred)").ClickAsync();
        await manager.Locator("#decision-rationale").FillAsync("Wait for the June workshop.");
        await manager.Locator("#record-decision").ClickAsync();
        await Expect(manager.GetByText("Deferred: 3 pairs.")).ToBeVisibleAsync();
        await Expect(manager.Locator(".decision-rationale", new() { HasText = "Wait for the June workshop." })).ToHaveCountAsync(3);
        await BrowserPortal.ScreenshotAsync(manager, "manager-proposal-decided");

        // The ranking workbook: a header row, one row per ranked pair, numbers stored as numbers.
        await manager.GotoAsync($"/rounds/{Round}/ranking");
        await Expect(rows.First).ToContainTextAsync("1");
        var workbook = await DownloadAsync(manager, () => manager.Locator("#export-xlsx").ClickAsync());
        using (var spreadsheet = SpreadsheetDocument.Open(workbook, false))
        {
            var part = spreadsheet.WorkbookPart!;
            var sheet = part.WorksheetParts.First().Worksheet;
            var sheetRows = sheet.Descendants<Row>().ToList();
            var ranked = int.Parse(System.Text.RegularExpressions.Regex.Match(await manager.Locator("#ranking-count").TextContentAsync() ?? "", @"[\d,]+").Value.Replace(",", ""));
            Assert.Equal(ranked + 1, sheetRows.Count);
            Assert.True(ranked >= total);
            var numbers = sheetRows[1].Descendants<Cell>().Where(c => c.DataType is null && c.CellValue is not null).ToList();
            Assert.NotEmpty(numbers);
            Assert.All(numbers, c => double.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        }

        // The Word report: both of the study's tables and the accepted pair.
        var report = await DownloadAsync(manager, () => manager.EvaluateAsync(
            "url => { const a = document.createElement('a'); a.href = url; a.download = ''; document.body.appendChild(a); a.click(); }", $"/rounds/{Round}/export/report.docx"));
        using (var document = WordprocessingDocument.Open(report, false))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            Assert.True(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Count() >= 2, "the report holds Tables 6.1 and 6.2");
            Assert.Contains(accepted.Split(" – ")[0], body.InnerText);
        }
    }

    private static async Task<string> DownloadAsync(IPage page, Func<Task> start)
    {
        var download = await page.RunAndWaitForDownloadAsync(start);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        return path;
    }
}
