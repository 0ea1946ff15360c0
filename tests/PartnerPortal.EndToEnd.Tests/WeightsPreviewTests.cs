using Microsoft.Playwright;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.EndToEnd.Tests;

public class WeightsPreviewTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Changing_a_pairwise_judgement_shows_the_new_weights_and_consistency_before_saving()
    {
        await StudyRoundCopy.CreateAsync(portal.Services, "weights");
        await portal.AddUserAsync("pm@example.org", PortalRoles.PortfolioManager);
        var page = await portal.SignInAsync("pm@example.org");
        await page.GotoAsync("/rounds/weights/weights");
        var firstWeight = page.Locator("#ahp-weights .ahp-weight").First;
        await Assertions.Expect(firstWeight).ToHaveTextAsync("20.0 %");

        // The slider's left end: extremely more important than the second criterion (Saaty's 9).
        await page.Locator("input#judgement-0-1").FillAsync("0");

        await Assertions.Expect(firstWeight).Not.ToHaveTextAsync("20.0 %");
        await Assertions.Expect(page.Locator("#ahp-consistency .consistency-ratio")).Not.ToHaveTextAsync("0.000");
        await BrowserPortal.ScreenshotAsync(page, "weights-ahp-preview");
        // Nothing is saved until the manager says why.
        await Assertions.Expect(page.Locator(".current-weight").First).ToHaveTextAsync("20.0 %");
    }
}
