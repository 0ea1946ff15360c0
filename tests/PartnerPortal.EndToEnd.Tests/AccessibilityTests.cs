using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Testing;
using Xunit.Abstractions;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// Every main page, in Chromium at desktop width, checked by axe-core (no serious or critical violation)
/// and saved as a screenshot to look at.
/// </summary>
public class AccessibilityTests(BrowserPortal portal, ITestOutputHelper log) : IClassFixture<BrowserPortal>
{
    private const string Demo = "a11y";

    [Fact]
    public async Task The_main_pages_have_no_serious_or_critical_accessibility_violations()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoRoundGenerator>().GenerateAsync(Demo, countries: 12, technologies: 8, analysts: 3, seed: 4);
        }
        await portal.AddUserAsync("analyst@example.org", PortalRoles.Analyst);
        await portal.AddUserAsync("admin@example.org", PortalRoles.Admin, PortalRoles.PortfolioManager);
        await portal.Services.GetRequiredService<RoundLifecycle>().AssignAnalystsAsync(Demo, ["analyst@example.org"]);
        var pair = await FirstPairAsync();

        var analyst = await portal.SignInAsync("analyst@example.org", bypassContentSecurityPolicy: true);
        var admin = await portal.SignInAsync("admin@example.org", bypassContentSecurityPolicy: true);
        (IPage Page, string Path, string Name)[] pages =
        [
            (admin, "/", "dashboard"),
            (admin, "/framework/criteria", "criteria"),
            (admin, "/framework", "method"),
            (admin, "/technologies", "technologies"),
            (admin, "/countries", "countries"),
            (admin, "/countries/CHN", "country-profile"),
            (admin, "/rounds", "rounds"),
            (admin, $"/rounds/{Study.RoundSlug}", "round-tables"),
            (admin, $"/rounds/{Demo}/ranking", "ranking"),
            (admin, $"/rounds/{Demo}/heatmap", "heat-map"),
            (admin, $"/rounds/{Demo}/pairs/{pair}", "pair-explanation"),
            (admin, $"/rounds/{Demo}/radar?pair={pair}", "radar"),
            (admin, $"/rounds/{Demo}/dashboard", "round-dashboard"),
            (admin, "/rounds/new", "new-round"),
            (admin, "/technologies/groups", "themes-and-groups"),
            (admin, "/technologies/batteries/edit", "edit-technology"),
            (admin, "/countries/CHN/edit", "edit-country"),
            (admin, "/framework/criteria/rie/edit", "edit-criterion"),
            (admin, "/admin/indicators/import", "import-indicators"),
            (admin, "/indicators", "indicators"),
            (admin, "/indicators/rules", "statement-rules"),
            (admin, "/indicators/rules/1/edit", "edit-statement-rule"),
            (admin, $"/rounds/{Demo}/proposal", "proposal"),
            (admin, $"/rounds/{Demo}/weights", "weights"),
            (admin, $"/rounds/{Demo}/settings", "settings"),
            (admin, $"/rounds/{Demo}/compare?with={Study.RoundSlug}", "compare"),
            (admin, "/admin/users", "users"),
            (admin, "/admin/audit", "audit"),
            (analyst, "/work", "my-work"),
            (analyst, $"/rounds/{Demo}/score", "scoring-matrix"),
            (analyst, $"/rounds/{Demo}/score/{pair}", "score-pair"),
        ];

        var failures = new List<string>();
        foreach (var (page, path, name) in pages)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            // Checked as the user meets it once settled: interactive pages finish their first render over the circuit.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await BrowserPortal.ScreenshotAsync(page, name);
            foreach (var violation in await SeriousViolationsAsync(page))
            {
                failures.Add($"{path}: {violation}");
            }
        }

        // On a tablet (768 px) no page may scroll sideways: wide tables scroll inside their own box.
        foreach (var (page, path, name) in pages)
        {
            await page.SetViewportSizeAsync(768, 1024);
            await page.GotoAsync(path);
            if (name is "dashboard" or "round-tables" or "ranking" or "score-pair" or "proposal")
            {
                await BrowserPortal.ScreenshotAsync(page, "tablet-" + name);
            }
            if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"))
            {
                var widest = await page.EvaluateAsync<string>(
                    "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)" +
                    ".filter(e => !(e.parentElement && e.parentElement.closest('.table-responsive'))).slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')");
                failures.Add($"{path}: the page is wider than a 768 px tablet ({widest})");
            }
        }

        // On a phone (390 px) the bar keeps only icons: each still needs its name, and the forms their labels.
        foreach (var (page, path, name) in pages.Where(p => p.Name is "dashboard" or "countries" or "edit-technology" or "edit-country" or "ranking" or "proposal" or "my-work" or "score-pair"))
        {
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            foreach (var violation in await SeriousViolationsAsync(page))
            {
                failures.Add($"{path} at 390 px: {violation}");
            }
        }

        failures.ForEach(log.WriteLine);
        Assert.Empty(failures);
    }

    /// <summary>axe-core's serious and critical findings on the page as it stands, one line each.</summary>
    private static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(AppContext.BaseDirectory, "axe.min.js") });
        var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations");
        return result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} — " +
                         string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString())))
            .ToList();
    }

    private async Task<string> FirstPairAsync()
    {
        var analysis = await portal.Services.GetRequiredService<Infrastructure.Analysis.RoundAnalyzer>().AnalyseAsync(Demo, Infrastructure.Analysis.RoundViewer.Unrestricted);
        return $"{analysis.Countries[0].Code}/{analysis.Technologies[0].Slug}";
    }
}
