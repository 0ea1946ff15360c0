using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Changes;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Workspace;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Workspace;

/// <summary>The pair page in a circuit (bUnit over the real services and database): saving, validation, revision, live figures.</summary>
public class ScorePairPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private const string Round = "ws";
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];
    /// <summary>A new analyst on the shared round copy (each test has its own), signed in to the rendered components.</summary>
    private async Task<string> AnalystAsync()
    {
        var round = await Portal.EnsureStudyRoundCopyAsync(Round);
        var email = $"ana-{Guid.NewGuid():N}@example.org";
        var id = await StudyRoundCopy.AddAnalystAsync(Portal.Services, round, email, PortalFactory.Password);
        SignIn(id, email, PortalRoles.Analyst);
        return id;
    }

    private async Task<string> OtherAnalystAsync()
    {
        var round = await Portal.EnsureStudyRoundCopyAsync(Round);
        return await StudyRoundCopy.AddAnalystAsync(Portal.Services, round, $"bo-{Guid.NewGuid():N}@example.org", PortalFactory.Password);
    }

    private Task<ScoreSaveResult> ScoreAsync(string analyst, string criterion, byte value, uint? version = null, string? reason = null, string technology = "batteries") =>
        Portal.Services.GetRequiredService<ScoreRecorder>().SaveAsync(
            new ScoreInput(Round, "CHN", technology, criterion, analyst, value, Confidence.Medium, null, null, version, [], reason));

    private IRenderedComponent<ScorePairPage> RenderPage(string technology = "batteries") =>
        Render<ScorePairPage>(p => p.Add(x => x.Slug, Round).Add(x => x.Country, "CHN").Add(x => x.Technology, technology));

    private async Task<List<Score>> StoredAsync(string analyst, string technology = "batteries")
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Scores.AsNoTracking().Where(s => s.AnalystId == analyst
            && db.Technologies.Any(t => t.Id == s.TechnologyId && t.Slug == technology) && db.Countries.Any(c => c.Id == s.CountryId && c.Code == "CHN")).ToListAsync();
    }

    [Fact]
    public async Task Passing_over_scale_values_saves_none_of_them_and_the_value_it_settles_on_once()
    {
        var analyst = await AnalystAsync();
        var page = RenderPage();
        page.WaitForElement("#score-rie-2");

        Check(page, "#score-rie-2");
        Check(page, "#score-rie-3");
        Check(page, "#score-rie-4");

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#status-rie").TextContent), Patience);
        var stored = Assert.Single(await StoredAsync(analyst));
        Assert.Equal((byte)4, stored.Value);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var writes = await db.AuditLog.CountAsync(a => a.EntityType == "Score" && a.EntityKey == stored.Id.ToString());
        Assert.Equal(1, writes);
        page.WaitForAssertion(() => Assert.Contains("1 of 5 criteria scored", page.Find(".pair-summary").TextContent), Patience);
    }

    [Fact]
    public async Task A_source_that_is_not_a_web_link_is_named_at_its_field_and_nothing_is_saved()
    {
        var analyst = await AnalystAsync();
        var page = RenderPage();
        page.WaitForElement("#sources-economic");

        // Typed (input events, taken in once typing pauses): without a score nothing can be saved yet.
        page.Find("#sources-economic").Input("my notes");
        page.WaitForAssertion(() => Assert.Contains("Choose a score", page.Find("#status-economic").TextContent), Patience);
        Check(page, "#score-economic-3");

        page.WaitForAssertion(() => Assert.Contains("Not saved:", page.Find("#status-economic").TextContent), Patience);
        var field = page.Find("#sources-economic").Closest(".plain-field")!;
        Assert.Contains("Source line 1 is not a web link", field.TextContent);
        Assert.Equal("my notes", page.Find("#sources-economic").GetAttribute("value") ?? page.Find("#sources-economic").TextContent);
        Assert.Empty(await StoredAsync(analyst));
    }

    [Fact]
    public async Task A_note_typed_before_any_score_is_chosen_stays_when_the_layout_renders_the_page_again()
    {
        await AnalystAsync();
        var page = RenderPage("hydrogen-fuel-cells");
        page.WaitForElement("#note-feasibility");

        page.Find("#note-feasibility").Input("Talked to the programme office");
        page.WaitForAssertion(() => Assert.Contains("Choose a score", page.Find("#status-feasibility").TextContent), Patience);
        // What the layout does when it re-renders (theme, round switcher): the same parameters again.
        page.Render(p => p.Add(x => x.Slug, Round).Add(x => x.Country, "CHN").Add(x => x.Technology, "hydrogen-fuel-cells"));

        Assert.Equal("Talked to the programme office", page.Find("#note-feasibility").TextContent.Trim() is { Length: > 0 } text ? text : page.Find("#note-feasibility").GetAttribute("value"));
        Assert.Contains("Choose a score", page.Find("#status-feasibility").TextContent);
    }

    [Fact]
    public async Task Revising_a_score_after_the_group_is_shown_asks_why_and_cancelling_keeps_the_saved_value()
    {
        var analyst = await AnalystAsync();
        foreach (var criterion in Criteria)
        {
            await ScoreAsync(analyst, criterion, 3);
        }
        RenderProviders();
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Contains("The group so far", page.Find("#criterion-rie").TextContent), Patience);

        Check(page, "#score-rie-5");
        var dialog = WaitForDialog();
        Assert.Contains("from 3 to 5", dialog.TextContent);
        Assert.Contains("Not saved yet", page.Find("#status-rie").TextContent);
        ClickButton(Dialogs, "Cancel");

        page.WaitForAssertion(() => Assert.True(page.Find("#score-rie-3").HasAttribute("checked")), Patience);
        Assert.Equal((byte)3, (await StoredAsync(analyst)).Single(s => s.CriterionId == CriterionId("rie")).Value);

        Check(page, "#score-rie-5");
        WaitForDialog();
        Find("#revision-reason").Input("New evidence from the 2026 strategy");
        ClickButton(Dialogs, "Save the revision");

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#status-rie").TextContent), Patience);
        var revised = (await StoredAsync(analyst)).Single(s => s.CriterionId == CriterionId("rie"));
        Assert.Equal((byte)5, revised.Value);
        Assert.Equal("New evidence from the 2026 strategy", revised.RevisionComment);
    }

    [Fact]
    public async Task The_groups_figures_change_without_reload_when_another_analyst_saves_the_pair()
    {
        var analyst = await AnalystAsync();
        var other = await OtherAnalystAsync();
        foreach (var criterion in Criteria)
        {
            await ScoreAsync(analyst, criterion, 2, technology: "remanufacturing");
            await ScoreAsync(other, criterion, 4, technology: "remanufacturing");
        }
        var page = RenderPage("remanufacturing");
        page.WaitForAssertion(() => Assert.Contains("2 scores: mean 3.0", page.Find("#criterion-rie .group-figures").TextContent), Patience);
        var othersScore = (await StoredAsync(other, "remanufacturing")).Single(s => s.CriterionId == CriterionId("rie"));

        await ScoreAsync(other, "rie", 5, othersScore.Version, "On reflection", technology: "remanufacturing");

        page.WaitForAssertion(() => Assert.Contains("2 scores: mean 3.5", page.Find("#criterion-rie .group-figures").TextContent), Patience);
    }

    [Fact]
    public async Task Another_analyst_on_the_same_pair_is_named_and_leaving_removes_them()
    {
        await AnalystAsync();
        var page = RenderPage("sustainable-plastics");
        page.WaitForElement("#criterion-rie");
        var presence = Portal.Services.GetRequiredService<PairPresence>();

        var visit = await presence.EnterAsync(PairPresence.KeyOf(Round, "CHN", "sustainable-plastics"), "someone-else", "bo@example.org");
        page.WaitForAssertion(() => Assert.Contains("1 other analyst is on this pair: bo@example.org", page.Markup), Patience);
        await visit.DisposeAsync();

        page.WaitForAssertion(() => Assert.DoesNotContain("other analyst", page.Markup), Patience);
    }

    [Fact]
    public async Task Longlisting_evidence_without_its_source_keeps_what_was_typed_and_says_so_at_the_field()
    {
        await AnalystAsync();
        var page = RenderPage("ccus");
        page.WaitForElement("#source-NationalPriority");

        page.Find("#source-NationalPriority").Change("https://example.org/strategy");
        page.Find("#evidence-source").Change("");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Say where this evidence comes from", page.Find("#evidence-source").Closest(".plain-field")!.TextContent), Patience);
        Assert.Equal("https://example.org/strategy", page.Find("#source-NationalPriority").GetAttribute("value"));

        page.Find("#evidence-source").Change("Desk research, 2026");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Longlisting evidence saved.", page.Markup), Patience);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var evidence = await db.LonglistEvidence.AsNoTracking().SingleAsync(e => db.Rounds.Any(r => r.Id == e.RoundId && r.Slug == Round)
            && db.Countries.Any(c => c.Id == e.CountryId && c.Code == "CHN") && db.Technologies.Any(t => t.Id == e.TechnologyId && t.Slug == "ccus"));
        Assert.Equal("Desk research, 2026", evidence.Source);
        Assert.Equal("https://example.org/strategy", evidence.NationalPrioritySource);
    }

    [Fact]
    public async Task The_countrys_latest_indicator_values_and_ranks_stand_beside_the_criteria()
    {
        var round = await Portal.EnsureStudyRoundCopyAsync(Round);
        await StudyRoundCopy.AddAnalystAsync(Portal.Services, round, "cy@example.org", PortalFactory.Password);
        var analyst = await Portal.SignedInAsync("cy@example.org");
        await using (var file = File.OpenRead(IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv")))
        {
            var report = await Portal.Services.GetRequiredService<Infrastructure.Indicators.IndicatorImporter>().ImportAsync(file, "sample.csv", dryRun: false);
            Assert.True(report.Imported);
        }

        // The prerendered page, as the browser first receives it.
        var page = await Html.ParseAsync(await analyst.GetAsync($"/rounds/{Round}/score/CHN/batteries"));

        var row = page.QuerySelector(".indicator-facts tbody tr")!;
        Assert.Contains("Research and development expenditure", row.TextContent);
        Assert.Contains("% of GDP, 2022", row.TextContent);
        // Ranked among countries: the EU's 2022 value is in the file, but a grouping is not a country to outrank.
        Assert.Equal(["2.56", "1 / 1"], row.QuerySelectorAll("td.numeric").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task The_pairs_research_security_screening_and_why_stand_beside_the_criteria_while_scoring()
    {
        await AnalystAsync();

        var quantum = RenderPage("quantum-systems-manufacturing");

        // Quantum is an area the Recommendation ranks most sensitive; China's risk is not assessed in the seed.
        quantum.WaitForAssertion(() => Assert.Contains("High", quantum.Find("#analyst-pair-screening").TextContent));
        Assert.Contains("country risk not yet assessed", quantum.Find("#analyst-pair-screening").TextContent);
        Assert.Contains("mitigation plan", quantum.Find("[aria-labelledby=screening-heading]").TextContent);
    }

    private int CriterionId(string code)
    {
        using var scope = Portal.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PortalDbContext>().Criteria.Single(c => c.Code == code).Id;
    }

    private AngleSharp.Dom.IElement WaitForDialog()
    {
        Dialogs.WaitForElement(".mud-dialog", Patience);
        return Dialogs.Find(".mud-dialog");
    }

    private AngleSharp.Dom.IElement Find(string selector) => Dialogs.Find(selector);
}
