using System.Diagnostics;
using Microsoft.Playwright;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Testing;
using Xunit.Abstractions;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// Issue 17: several instances behind nginx with sticky sessions. A circuit lives in one instance's memory, so
/// nginx keeps each browser on one instance; what instances share (PostgreSQL: rows, LISTEN/NOTIFY, the
/// data-protection keys) carries saves, live updates and sign-ins across them; a stopped instance's people land
/// on the other after a reconnect.
/// </summary>
public class TwoInstancesBehindNginxTests(TwoInstancesBehindNginx portals, ITestOutputHelper log) : IClassFixture<TwoInstancesBehindNginx>
{
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>A failure says what the portals and nginx wrote.</summary>
    private async Task WithDiagnosticsAsync(Func<Task> test)
    {
        try
        {
            await test();
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n{portals.Diagnostics}\n{e}");
        }
    }

    [Fact]
    public async Task Nginx_gives_each_new_browser_a_route_cookie_keeps_it_on_one_instance_and_spreads_new_browsers_over_both()
    {
        var seen = new HashSet<string>();
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        for (var browser = 0; browser < 16; browser++)
        {
            using var first = await client.GetAsync($"{portals.Proxy.BaseUrl}/account/login");
            var route = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(TwoInstancesBehindNginx.RouteCookie + "=", StringComparison.Ordinal));
            Assert.Contains("HttpOnly", route);
            var instance = first.Headers.GetValues("X-Portal-Instance").Single();
            for (var again = 0; again < 4; again++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{portals.Proxy.BaseUrl}/account/login");
                request.Headers.Add("Cookie", route.Split(';')[0]);
                using var next = await client.SendAsync(request);
                Assert.Equal(instance, next.Headers.GetValues("X-Portal-Instance").Single());
                Assert.DoesNotContain(next.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith(TwoInstancesBehindNginx.RouteCookie, StringComparison.Ordinal));
            }
            seen.Add(instance);
        }
        // Sixteen random routes all on one instance would happen once in 32,768 runs.
        Assert.Equal(["A", "B"], seen.Order());
    }

    [Fact]
    public async Task The_portals_scripts_and_styles_come_through_nginx_whole()
    {
        // Route (fingerprinted or not) to file, as the portal serves its static files.
        using var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "PartnerPortal.Web.staticwebassets.endpoints.json")));
        var files = manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Where(e => e.GetProperty("Selectors").GetArrayLength() == 0)
            .GroupBy(e => e.GetProperty("Route").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("AssetFile").GetString()!);
        using var client = new HttpClient();
        // The sign-in page is static (styles only); interactive pages add these scripts.
        var page = await client.GetStringAsync($"{portals.Proxy.BaseUrl}/account/login");
        var assets = System.Text.RegularExpressions.Regex.Matches(page, "href=\"([^\"]+\\.css)\"").Select(m => m.Groups[1].Value.TrimStart('/'))
            .Concat(["_framework/blazor.web.js", "_content/MudBlazor/MudBlazor.min.js", "js/reconnect.js"]).ToList();
        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync($"{portals.Proxy.BaseUrl}/{asset}");
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.IsSuccessStatusCode, $"{asset}: {(int)response.StatusCode}");
            Assert.Equal(new FileInfo(Path.Combine(portals.WebRoot, files[asset])).Length, body.Length);
        }
    }

    [Fact]
    public Task A_circuit_stays_on_its_instance_and_a_save_made_through_the_other_instance_shows_on_its_open_page() => WithDiagnosticsAsync(async () =>
    {
        var round = await StudyRoundCopy.CreateAsync(portals.Services, "nginx-live");
        await StudyRoundCopy.AddAnalystAsync(portals.Services, round, "ana@live.example", TwoInstancesBehindNginx.Password);
        await StudyRoundCopy.AddAnalystAsync(portals.Services, round, "bo@live.example", TwoInstancesBehindNginx.Password);

        var (ana, anaResponses) = await portals.OpenAsync(portals.A);
        await ana.GotoAsync("/account/login");
        await TwoInstancesBehindNginx.SignInAsync(ana, "ana@live.example");
        await ana.GotoAsync("/rounds/nginx-live/score/CHN/batteries");
        // Enabled once the page's circuit runs: its WebSocket went through nginx to the instance that rendered it.
        await Expect(ana.Locator("#note-rie")).ToBeEnabledAsync();
        foreach (var criterion in Criteria)
        {
            await ScorePairPageLocators.ScaleLevel(ana, criterion, 4).ClickAsync();
            await Expect(ana.Locator($"#status-{criterion}")).ToContainTextAsync("Saved");
        }
        await Expect(ana.Locator("#criterion-rie .group-figures")).ToContainTextAsync("1 scores: mean 4.0");

        var (bo, boResponses) = await portals.OpenAsync(portals.B);
        await bo.GotoAsync("/account/login");
        await TwoInstancesBehindNginx.SignInAsync(bo, "bo@live.example");
        await bo.GotoAsync("/rounds/nginx-live/score/CHN/batteries");
        await Expect(bo.Locator("#note-rie")).ToBeEnabledAsync();
        var clicked = Stopwatch.StartNew();
        await ScorePairPageLocators.ScaleLevel(bo, "rie", 5).ClickAsync();
        await Expect(bo.Locator("#status-rie")).ToContainTextAsync("Saved");
        // Saved in B's circuit; A hears of it from PostgreSQL (NOTIFY) and re-renders the open page.
        await Expect(ana.Locator("#criterion-rie .group-figures")).ToContainTextAsync("2 scores: mean 4.5");
        log.WriteLine($"click on B to the figures on A's page: {clicked.ElapsedMilliseconds} ms");
        await BrowserPortal.ScreenshotAsync(ana, "two-instances-live-on-a");

        // Every answer to each browser, the circuit's negotiation included, came from its own instance.
        Assert.Contains(anaResponses, r => r.Url.Contains("/_blazor/negotiate", StringComparison.Ordinal));
        Assert.All(anaResponses, r => Assert.Equal("A", r.Instance));
        Assert.Contains(boResponses, r => r.Url.Contains("/_blazor/negotiate", StringComparison.Ordinal));
        Assert.All(boResponses, r => Assert.Equal("B", r.Instance));
        log.WriteLine($"responses: {anaResponses.Count} to the browser on A, {boResponses.Count} to the browser on B");
    });

    [Fact]
    public Task A_sign_in_form_from_one_instance_posts_to_the_other_and_the_session_holds_on_both() => WithDiagnosticsAsync(async () =>
    {
        await portals.AddUserAsync("pm@sign-in.example", PortalRoles.PortfolioManager);
        var (page, responses) = await portals.OpenAsync(portals.A);
        var form = await page.GotoAsync("/account/login");
        Assert.Equal("A", TwoInstancesBehindNginx.InstanceOf(form!));

        // The form's antiforgery token was made on A; the post and the page after it are B's. (Only documents
        // count: the sign-in page's own icon may still be on its way from A.)
        await portals.PinAsync(page.Context, portals.B);
        responses.Clear();
        await TwoInstancesBehindNginx.SignInAsync(page, "pm@sign-in.example");
        var documents = responses.Where(r => r.Kind == "document").ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, r => Assert.Equal("B", r.Instance));

        // The cookie B issued is valid on A.
        await portals.PinAsync(page.Context, portals.A);
        var home = await page.GotoAsync("/");
        Assert.Equal("A", TwoInstancesBehindNginx.InstanceOf(home!));
        Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByLabel("Account menu of pm@sign-in.example").First).ToBeAttachedAsync();
    });

    [Fact]
    public Task When_an_instance_stops_its_people_reconnect_to_the_other_and_find_everything_they_saved() => WithDiagnosticsAsync(async () =>
    {
        var round = await StudyRoundCopy.CreateAsync(portals.Services, "nginx-stop");
        await StudyRoundCopy.AddAnalystAsync(portals.Services, round, "cy@stop.example", TwoInstancesBehindNginx.Password);
        var (page, responses) = await portals.OpenAsync(portals.A);
        await page.GotoAsync("/account/login");
        await TwoInstancesBehindNginx.SignInAsync(page, "cy@stop.example");
        await page.GotoAsync("/rounds/nginx-stop/score/CHN/batteries");
        await Expect(page.Locator("#note-rie")).ToBeEnabledAsync();
        await page.Locator("#note-rie").FillAsync("Saved on A before it stopped.");
        foreach (var criterion in Criteria)
        {
            await ScorePairPageLocators.ScaleLevel(page, criterion, 4).ClickAsync();
            await Expect(page.Locator($"#status-{criterion}")).ToContainTextAsync("Saved");
        }
        Assert.All(responses, r => Assert.Equal("A", r.Instance));

        var movedToB = new TaskCompletionSource();
        page.Context.Response += (_, response) =>
        {
            if (TwoInstancesBehindNginx.InstanceOf(response) == "B")
            {
                movedToB.TrySetResult();
            }
        };
        // Set on the page as it is now: still there afterwards means the page resumed rather than reloaded.
        await page.EvaluateAsync("() => { window.beforeTheStop = true; }");
        var stopped = Stopwatch.StartNew();
        try
        {
            await portals.A.StopAsync();
            log.WriteLine($"A stopped (SIGTERM) in {stopped.ElapsedMilliseconds} ms");
            // A drains: it asks the page to pause its circuit (the page keeps its state) and closes. The page then
            // resumes it through nginx, which sends it to B now that A is gone; a page that could not pause reloads
            // from B instead (reconnect.js). Either way the first answer from B says it has moved.
            await movedToB.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await Expect(page.Locator("#note-rie")).ToBeEnabledAsync();
            var resumed = await page.EvaluateAsync<bool>("() => window.beforeTheStop === true");
            log.WriteLine($"page {(resumed ? "resumed without a reload" : "reloaded")} on B {stopped.ElapsedMilliseconds} ms after the stop began");
            foreach (var criterion in Criteria)
            {
                await Expect(page.Locator($"#score-{criterion}-4")).ToBeCheckedAsync();
            }
            await Expect(page.Locator("#note-rie")).ToHaveValueAsync("Saved on A before it stopped.");
            await Expect(page.GetByText("You have scored every criterion")).ToBeVisibleAsync();
            await BrowserPortal.ScreenshotAsync(page, "two-instances-after-a-stopped");
        }
        finally
        {
            // The other tests of the class want both instances.
            await portals.RestartAsync(portals.A);
        }
    });
}
