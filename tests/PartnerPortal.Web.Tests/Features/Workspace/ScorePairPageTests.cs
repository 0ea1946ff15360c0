using Microsoft.Extensions.DependencyInjection;
using System.Net;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Workspace;

public class ScorePairPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Page = "/rounds/ws/score/CHN/batteries";

    private async Task<HttpClient> AnalystAsync(string email)
    {
        // Both tests share the portal, and so the round; each has its own analyst.
        var round = await portal.EnsureStudyRoundCopyAsync("ws");
        await StudyRoundCopy.AddAnalystAsync(portal.Services, round, email, PortalFactory.Password);
        return await portal.SignedInAsync(email);
    }

    private static async Task<HttpResponseMessage> PostScoreAsync(HttpClient analyst, string criterion, Dictionary<string, string> fields, bool htmx)
    {
        var page = await analyst.GetStringAsync(Page);
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Page}/{criterion}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = PortalFactory.AntiforgeryToken(page) }),
        };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        return await analyst.SendAsync(request);
    }

    [Fact]
    public async Task A_criterion_saved_through_htmx_answers_saved_with_the_new_version_and_a_bad_source_with_the_reason()
    {
        var analyst = await AnalystAsync("ana@example.org");

        var saved = await PostScoreAsync(analyst, "rie", new() { ["value"] = "4", ["confidence"] = "High", ["sources"] = "https://example.org/a" }, htmx: true);
        var refused = await PostScoreAsync(analyst, "economic", new() { ["value"] = "3", ["sources"] = "my notes" }, htmx: true);
        var noValue = await PostScoreAsync(analyst, "challenges", new() { ["note"] = "thinking" }, htmx: true);
        var withoutScript = await PostScoreAsync(analyst, "feasibility", new() { ["value"] = "2" }, htmx: false);

        var fragment = await Html.ParseAsync(saved);
        Assert.Contains("Saved", fragment.QuerySelector("#status-rie")!.TextContent);
        Assert.Equal("true", fragment.QuerySelector("#version-rie")!.GetAttribute("hx-swap-oob"));
        Assert.Contains("Source line 1 is not a web link", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Choose a score, or insufficient evidence", await noValue.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, withoutScript.StatusCode);
        var reloaded = await Html.ParseAsync(await analyst.GetAsync(Page));
        Assert.True(reloaded.QuerySelector("#score-rie-4")!.HasAttribute("checked"));
        Assert.True(reloaded.QuerySelector("#score-feasibility-2")!.HasAttribute("checked"));
        Assert.False(reloaded.QuerySelector("#score-economic-3")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task The_countrys_latest_indicator_values_and_ranks_stand_beside_the_criteria()
    {
        var analyst = await AnalystAsync("cy@example.org");
        await using (var file = File.OpenRead(IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv")))
        {
            var report = await portal.Services.GetRequiredService<Infrastructure.Indicators.IndicatorImporter>().ImportAsync(file, "sample.csv", dryRun: false);
            Assert.True(report.Imported);
        }

        var page = await Html.ParseAsync(await analyst.GetAsync(Page));

        var row = page.QuerySelector(".indicator-facts tbody tr")!;
        Assert.Contains("Research and development expenditure", row.TextContent);
        Assert.Contains("% of GDP, 2022", row.TextContent);
        // Ranked among countries: the EU's 2022 value is in the file, but a grouping is not a country to outrank.
        Assert.Equal(["2.56", "1 / 1"], row.QuerySelectorAll("td.numeric").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task An_analyst_records_the_longlisting_evidence_beside_the_scores()
    {
        var analyst = await AnalystAsync("bo@example.org");
        var page = await Html.ParseAsync(await analyst.GetAsync(Page));
        var fields = new Dictionary<string, string>
        {
            ["evidence-version"] = page.QuerySelector("input[name=evidence-version]")!.GetAttribute("value") ?? "",
            ["evidence-source"] = "Desk research, 2026",
            ["req-NationalPriority"] = "Yes", ["source-NationalPriority"] = "https://example.org/strategy",
            ["req-ResearchPriority"] = "Yes", ["req-InnovationInitiatives"] = "No", ["req-InternationalProgrammes"] = "Unknown", ["req-HomeTrackRecord"] = "Yes",
        };

        var response = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(analyst, Page, "longlisting", fields));

        Assert.Contains("Longlisting evidence saved.", response.Body!.TextContent);
        Assert.Equal("No", response.QuerySelector("#req-InnovationInitiatives option[selected]")!.TextContent);
        Assert.Equal("https://example.org/strategy", response.QuerySelector("input[name=source-NationalPriority]")!.GetAttribute("value"));
    }
}
