using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// Issue 19 in Chromium: a score that sits against the country data gets a gentle note when saved and is flagged
/// for the manager.
/// </summary>
public class ResearchSecurityTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Round = "secure";

    private static ILocator ScaleLevel(IPage page, string criterion, int level) =>
        page.Locator("label").Filter(new() { Has = page.Locator($"#score-{criterion}-{level}") });

    [Fact]
    public async Task A_score_against_the_country_data_gets_a_note_when_saved_and_the_manager_finds_it_flagged_on_the_dashboard_ranking_and_pair()
    {
        var round = await StudyRoundCopy.CreateAsync(portal.Services, Round);
        await StudyRoundCopy.AddAnalystAsync(portal.Services, round, "flagged@example.org", BrowserPortal.Password);
        await portal.AddUserAsync("calibrator@example.org", PortalRoles.PortfolioManager);
        await using (var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Indicators", "API_GB.XPD.RSDV.GD.ZS_late_reporters_sample.csv")))
        {
            Assert.True((await portal.Services.GetRequiredService<IndicatorImporter>().ImportAsync(file, "rd.csv", dryRun: false)).Imported);
        }

        // Korea is second of fourteen for R&D spending in 2022: a 1 for excellence sits against it; the save still stands.
        var analyst = await portal.SignInAsync("flagged@example.org");
        await analyst.GotoAsync($"/rounds/{Round}/score/KOR/batteries");
        await Expect(analyst.Locator("#note-rie")).ToBeEnabledAsync();
        await Expect(analyst.Locator("#analyst-pair-screening")).ToContainTextAsync("Medium");
        await ScaleLevel(analyst, "rie", 1).ClickAsync();
        await Expect(analyst.Locator("#status-rie")).ToContainTextAsync("Saved");
        var note = analyst.Locator("#criterion-rie .data-contradiction");
        await Expect(note).ToContainTextAsync("Korea");
        await Expect(note).ToContainTextAsync("top quarter");
        await Expect(note).ToContainTextAsync("2022, rank 2 of 14");
        await Expect(note.GetByRole(AriaRole.Link, new() { Name = "country profile" })).ToHaveAttributeAsync("href", "/countries/KOR");
        await BrowserPortal.ScreenshotAsync(analyst, "analyst-score-against-the-data");
        foreach (var criterion in new[] { "economic", "challenges", "additionality", "feasibility" })
        {
            await ScaleLevel(analyst, criterion, 3).ClickAsync();
            await Expect(analyst.Locator($"#status-{criterion}")).ToContainTextAsync("Saved");
        }

        var manager = await portal.SignInAsync("calibrator@example.org");
        await manager.GotoAsync($"/rounds/{Round}/dashboard");
        await Expect(manager.Locator(".analyst-completion tr", new() { HasText = "flagged@example.org" }).Locator("td").Last).ToHaveTextAsync("1");
        await manager.GotoAsync($"/rounds/{Round}/ranking?contradictions=true");
        await Expect(manager.Locator(".ranking-grid tbody tr")).ToHaveCountAsync(1);
        await Expect(manager.Locator(".ranking-grid tbody tr")).ToContainTextAsync("Korea");
        await manager.GotoAsync($"/rounds/{Round}/pairs/KOR/batteries");
        await Expect(manager.Locator(".data-flags")).ToContainTextAsync("top quarter");
        await Expect(manager.Locator("#pair-screening")).ToContainTextAsync("Medium");
        await BrowserPortal.ScreenshotAsync(manager, "manager-pair-flagged");
    }
}
