using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// Issue 17: a restart of the portal loses nothing an analyst typed. The stopping instance asks the page to pause
/// its circuit; the page keeps its unsaved entries and resumes on the new instance without reloading.
/// </summary>
public class RestartTests(RestartingPortal portal, Xunit.Abstractions.ITestOutputHelper log) : IClassFixture<RestartingPortal>
{
    [Fact]
    public async Task A_note_typed_just_before_a_restart_stays_on_the_page_without_a_reload_and_is_then_saved()
    {
        var round = await StudyRoundCopy.CreateAsync(portal.Services, "restart");
        var analystId = await StudyRoundCopy.AddAnalystAsync(portal.Services, round, "ana@example.org", BrowserPortal.Password);
        var page = await portal.SignInAsync("ana@example.org");
        page.Console += (_, message) => log.WriteLine($"console {message.Type}: {message.Text}");
        await page.GotoAsync($"/rounds/{round.Slug}/score/CHN/batteries");
        await Expect(page.Locator("#note-rie")).ToBeEnabledAsync();
        await ScorePairPageLocators.ScaleLevel(page, "rie", 4).ClickAsync();
        await Expect(page.Locator("#status-rie")).ToContainTextAsync("Saved");
        // Gone if the page reloads.
        await page.EvaluateAsync("() => window.beforeRestart = 'the same page'");

        // Without a score nothing can be saved: only the page's persistent state can carry this note over.
        await page.Locator("#note-economic").FillAsync("Kept by the page alone.");
        await Expect(page.Locator("#status-economic")).ToContainTextAsync("Choose a score");
        // The field saves once typing pauses for 800 ms; the restart starts before that (the drain makes the page leave
        // the field, which saves it, before it pauses).
        await page.Locator("#note-rie").FillAsync("Typed just before the restart.");
        var stopped = await portal.RestartAsync();
        log.WriteLine($"the old instance stopped (drain included) in {stopped.TotalMilliseconds:0} ms");

        // The page shows "Reconnecting…" from the pause until the new instance has taken its circuit.
        await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
        await Expect(page.Locator("#note-rie")).ToHaveValueAsync("Typed just before the restart.");
        await Expect(page.Locator("#note-rie")).ToBeEnabledAsync();
        await Expect(page.Locator("#status-rie")).ToContainTextAsync("Saved");
        Assert.Equal("the same page", await page.EvaluateAsync<string?>("() => window.beforeRestart"));
        await BrowserPortal.ScreenshotAsync(page, "analyst-pair-after-restart");
        await Expect(page.Locator("#note-economic")).ToHaveValueAsync("Kept by the page alone.");
        await ScorePairPageLocators.ScaleLevel(page, "economic", 3).ClickAsync();
        await Expect(page.Locator("#status-economic")).ToContainTextAsync("Saved");
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var notes = await db.Scores.Where(s => s.RoundId == round.Id && s.AnalystId == analystId)
            .Join(db.Criteria, s => s.CriterionId, c => c.Id, (s, c) => new { c.Code, s.EvidenceNote })
            .ToDictionaryAsync(s => s.Code, s => s.EvidenceNote);
        Assert.Equal("Typed just before the restart.", notes["rie"]);
        Assert.Equal("Kept by the page alone.", notes["economic"]);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
