using Microsoft.Playwright;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// The whole path in a real browser: two analysts score a pair, the manager watches the heat map change,
/// shortlists the pair with a rationale, publishes the round and downloads the shortlist containing it. The
/// analysts work in live circuits: the second one's saves reach the first one's open page without a reload.
/// </summary>
public class ScoringToPublicationTests(BrowserPortal portal, Xunit.Abstractions.ITestOutputHelper log) : IClassFixture<BrowserPortal>
{
    private const string Round = "e2e";
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];

    [Fact]
    public async Task Two_analysts_score_a_pair_and_the_manager_shortlists_publishes_and_downloads_it()
    {
        var round = await StudyRoundCopy.CreateAsync(portal.Services, Round);
        await StudyRoundCopy.AddAnalystAsync(portal.Services, round, "ana@example.org", BrowserPortal.Password);
        await StudyRoundCopy.AddAnalystAsync(portal.Services, round, "bo@example.org", BrowserPortal.Password);
        await portal.AddUserAsync("pm@example.org", PortalRoles.PortfolioManager);

        // The first analyst scores China – Batteries on all five criteria; every change saves by itself.
        var ana = await portal.SignInAsync("ana@example.org");
        await ana.GotoAsync("/work");
        await BrowserPortal.ScreenshotAsync(ana, "analyst-my-work");
        await ana.GotoAsync($"/rounds/{Round}/score/CHN/batteries");
        await Expect(ana.GetByText("Other analysts' scores stay hidden")).ToBeVisibleAsync();
        // The fields open once the page is live (its circuit runs); typing into the prerendered page would be lost.
        await Expect(ana.Locator("#note-rie")).ToBeEnabledAsync();
        await ana.Locator("#note-rie").FillAsync("World-leading cell chemistry research.");
        foreach (var criterion in Criteria)
        {
            await ScorePairPageLocators.ScaleLevel(ana, criterion, 4).ClickAsync();
            await Expect(ana.Locator($"#status-{criterion}")).ToContainTextAsync("Saved");
        }
        await BrowserPortal.ScreenshotAsync(ana, "analyst-score-pair");

        // A reload finds every score, and now the group's spread.
        await ana.ReloadAsync();
        foreach (var criterion in Criteria)
        {
            await Expect(ana.Locator($"#score-{criterion}-4")).ToBeCheckedAsync();
        }
        await Expect(ana.Locator("#note-rie")).ToHaveValueAsync("World-leading cell chemistry research.");
        await Expect(ana.GetByText("You have scored every criterion")).ToBeVisibleAsync();

        var manager = await portal.SignInAsync("pm@example.org");
        await manager.GotoAsync($"/rounds/{Round}/heatmap");
        var cell = manager.Locator("td[data-pair='CHN/batteries']");
        await Expect(cell).ToHaveTextAsync("75");

        // The second analyst scores the same pair higher; the first analyst's open page and the heat map follow.
        var bo = await portal.SignInAsync("bo@example.org");
        await bo.GotoAsync($"/rounds/{Round}/score/CHN/batteries");
        await Expect(bo.Locator("#note-rie")).ToBeEnabledAsync();
        await Expect(ana.GetByText("1 other analyst is on this pair: bo@example.org")).ToBeVisibleAsync();
        await Expect(ana.Locator("#criterion-rie .group-figures")).ToContainTextAsync("1 scores: mean 4.0");
        foreach (var criterion in Criteria)
        {
            var clicked = System.Diagnostics.Stopwatch.StartNew();
            await ScorePairPageLocators.ScaleLevel(bo, criterion, 5).ClickAsync();
            await Expect(bo.Locator($"#status-{criterion}")).ToContainTextAsync("Saved");
            var saved = clicked.Elapsed;
            await Expect(ana.Locator($"#criterion-{criterion} .group-figures")).ToContainTextAsync("2 scores: mean 4.5");
            log.WriteLine($"{criterion}: click to 'Saved' {saved.TotalMilliseconds:0} ms (700 ms of it waiting for the choice to settle), to the other analyst's page {clicked.Elapsed.TotalMilliseconds:0} ms");
        }
        await manager.ReloadAsync();
        await Expect(cell).ToHaveTextAsync("88");
        await Expect(manager.Locator("#heatmap[data-ready='true']")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(manager, "manager-heat-map");
        await manager.GotoAsync((await cell.Locator("a").GetAttributeAsync("href"))!);
        await Expect(manager.Locator("#radar[data-ready='true']")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(manager, "manager-pair-explanation");

        // The manager shortlists the pair with a rationale and publishes the round.
        await manager.GotoAsync($"/rounds/{Round}/proposal");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Decide on China – Batteries" }).ClickAsync();
        await manager.Locator("label:has(#decision-accepted)").ClickAsync();
        await manager.Locator("#decision-rationale").FillAsync("Both analysts rate it highest; complements UK cell manufacturing.");
        await manager.Locator("#record-decision").ClickAsync();
        await Expect(manager.GetByText("Decision recorded: accepted.")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(manager, "manager-proposal");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Principles, value capture, instruments" }).ClickAsync();
        var reciprocity = manager.Locator(".principle-card", new() { Has = manager.GetByRole(AriaRole.Heading, new() { Name = "Reciprocity" }) });
        await reciprocity.GetByText("Met", new() { Exact = true }).ClickAsync();
        await reciprocity.GetByLabel("Note on Reciprocity").FillAsync("Joint IP agreement in place");
        await manager.Locator("#pathway-SupplyChain").ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save the opportunity" }).ClickAsync();
        await Expect(manager.GetByText("Saved.")).ToBeVisibleAsync();

        await manager.GotoAsync($"/rounds/{Round}/settings");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Close scoring and review" }).ClickAsync();
        await Expect(manager.Locator("#confirm-phase")).ToContainTextAsync("Close scoring and move to review?");
        await manager.Locator("#confirm-phase-change").ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(manager.Locator("#confirm-phase")).ToContainTextAsync("Once published, nothing in this round can change");
        await manager.Locator("#confirm-phase-change").ClickAsync();
        await Expect(manager.GetByText("The round is now in Published.")).ToBeVisibleAsync();

        await manager.GotoAsync($"/rounds/{Round}");
        await Expect(manager.Locator("table.opportunities")).ToContainTextAsync("Reciprocity: met (Joint IP agreement in place)");
        var download = await manager.RunAndWaitForDownloadAsync(() =>
            manager.Locator("[aria-label='Export the shortlist'] a", new() { HasText = "CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Equal($"{Round}-shortlist.csv", download.SuggestedFilename);
        Assert.Equal(["theme,technology,country", "Net zero,Batteries,China"], csv.Trim().Split('\n'));
        await BrowserPortal.ScreenshotAsync(manager, "round-published");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
