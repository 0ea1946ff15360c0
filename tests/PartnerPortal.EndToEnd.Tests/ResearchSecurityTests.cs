using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// Issue 19 in Chromium: a score that sits against the country data gets a gentle note when saved and is flagged
/// for the manager; a round that requires a mitigation plan refuses to accept a high-level pair without one, and
/// accepts it once the plan is written.
/// </summary>
public class ResearchSecurityTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Round = "secure";

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
        await ScorePairPageLocators.ScaleLevel(analyst, "rie", 1).ClickAsync();
        await Expect(analyst.Locator("#status-rie")).ToContainTextAsync("Saved");
        var note = analyst.Locator("#criterion-rie .data-contradiction");
        await Expect(note).ToContainTextAsync("Korea");
        await Expect(note).ToContainTextAsync("top quarter");
        await Expect(note).ToContainTextAsync("2022, rank 2 of 14");
        await Expect(note.GetByRole(AriaRole.Link, new() { Name = "country profile" })).ToHaveAttributeAsync("href", "/countries/KOR");
        await BrowserPortal.ScreenshotAsync(analyst, "analyst-score-against-the-data");
        foreach (var criterion in new[] { "economic", "challenges", "additionality", "feasibility" })
        {
            await ScorePairPageLocators.ScaleLevel(analyst, criterion, 3).ClickAsync();
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

    [Fact]
    public async Task A_high_level_pair_is_refused_without_a_mitigation_plan_and_accepted_once_the_plan_is_written()
    {
        const string round = "secure-plan";
        var copy = await StudyRoundCopy.CreateAsync(portal.Services, round);
        var analyst = await StudyRoundCopy.AddAnalystAsync(portal.Services, copy, "planned@example.org", BrowserPortal.Password);
        await portal.AddUserAsync("planner@example.org", PortalRoles.PortfolioManager);
        // Canada – Quantum systems manufacturing is longlisted in the study; quantum is among the most sensitive areas.
        var recorder = portal.Services.GetRequiredService<Infrastructure.Scoring.ScoreRecorder>();
        foreach (var criterion in new[] { "rie", "economic", "challenges", "additionality", "feasibility" })
        {
            await recorder.SaveAsync(new Infrastructure.Scoring.ScoreInput(round, "CAN", "quantum-systems-manufacturing", criterion, analyst, 5, Domain.Scoring.Confidence.High, null, null, null));
        }

        var manager = await portal.SignInAsync("planner@example.org");
        await manager.GotoAsync($"/rounds/{round}/settings");
        await Expect(manager.Locator("#save-screening")).ToBeEnabledAsync();
        await manager.Locator("label:has(#require-mitigation)").ClickAsync();
        await manager.Locator("#save-screening").ClickAsync();
        await Expect(manager.GetByText("Research-security rules saved")).ToBeVisibleAsync();

        await manager.GotoAsync($"/rounds/{round}/proposal");
        const string pair = "Canada – Quantum systems manufacturing";
        await manager.GetByRole(AriaRole.Button, new() { Name = $"Decide on {pair}" }).ClickAsync();
        await manager.Locator("label:has(#decision-accepted)").ClickAsync();
        await manager.Locator("#decision-rationale").FillAsync("World-class trapped-ion groups.");
        await manager.Locator("#record-decision").ClickAsync();
        await Expect(manager.Locator("#decision-error")).ToContainTextAsync("requires a mitigation plan");
        await BrowserPortal.ScreenshotAsync(manager, "manager-high-pair-refused");

        await manager.Locator("#write-plan").ClickAsync();
        await Expect(manager.Locator("#review-derived")).ToContainTextAsync("High");
        await manager.Locator("#review-MitigationText").FillAsync("Cryogenic control electronics stay in home-only work packages.");
        await manager.Locator("label:has(#measure-RestrictedWorkPackages)").ClickAsync();
        await manager.Locator("label:has(#measure-PartnerDueDiligence)").ClickAsync();
        await BrowserPortal.ScreenshotAsync(manager, "manager-mitigation-plan");
        await manager.Locator("#save-review").ClickAsync();
        await Expect(manager.GetByText($"Mitigation plan saved and the decision on {pair} recorded")).ToBeVisibleAsync();
        await Expect(manager.Locator("#decision-error")).ToHaveCountAsync(0);

        var decisions = await portal.Services.GetRequiredService<Infrastructure.Shortlisting.ShortlistDecisions>().ReadAsync(round);
        var accepted = Assert.Single(decisions);
        Assert.Equal(("CAN", Domain.Shortlisting.ShortlistDecision.Accepted), (accepted.CountryCode, accepted.Decision));
    }
}
