using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Shortlisting;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Shortlisting;

/// <summary>The manager's proposal in a circuit (bUnit over the real services and database): decisions in a dialog, alone and in bulk, robustness, additions.</summary>
public class ProposalPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private ShortlistDecisions Decisions => Portal.Services.GetRequiredService<ShortlistDecisions>();

    /// <summary>A generated round of its own per test (decisions would otherwise leak between tests), the manager signed in.</summary>
    private async Task<IRenderedComponent<ProposalPage>> ProposalAsync(string slug)
    {
        await Portal.EnsureDemoRoundAsync(slug, countries: 10, technologies: 6, analysts: 2, seed: 5);
        SignIn("manager-" + slug, $"manager-{slug}@example.org", PortalRoles.PortfolioManager);
        RenderProviders();
        var page = Render<ProposalPage>(p => p.Add(x => x.Slug, slug));
        page.WaitForElement(".proposal-grid", Patience);
        return page;
    }

    private void Choose(string decision, string rationale)
    {
        Dialogs.WaitForElement($"#decision-{decision}", Patience);
        Dialogs.InvokeAsync(() => Dialogs.Find($"#decision-{decision}").Click()).GetAwaiter().GetResult();
        Dialogs.InvokeAsync(() => Dialogs.Find("#decision-rationale").Input(rationale)).GetAwaiter().GetResult();
        Dialogs.InvokeAsync(() => Dialogs.Find("#record-decision").Click()).GetAwaiter().GetResult();
    }

    private static string FirstPairName(IRenderedComponent<ProposalPage> page) =>
        page.Find("button[aria-label^='Decide on']").GetAttribute("aria-label")!["Decide on ".Length..];

    [Fact]
    public async Task A_manager_accepts_a_proposed_pair_in_the_dialog_and_the_grid_shows_it_in_place()
    {
        var page = await ProposalAsync("proposal-accept");
        var name = FirstPairName(page);

        Click(page, "button[aria-label^='Decide on']");
        Choose("accepted", "Strong and complementary");

        page.WaitForAssertion(() => Assert.Contains("Strong and complementary", page.Find(".proposal-grid").TextContent), Patience);
        var decision = Assert.Single(await Decisions.ReadAsync("proposal-accept"));
        Assert.Equal((ShortlistDecision.Accepted, "Strong and complementary"), (decision.Decision, decision.Rationale));
        Assert.StartsWith(name.Split(" – ")[0], page.Find(".proposal-grid tbody tr:has(.decision-rationale) td a, .proposal-grid a").TextContent);
    }

    [Fact]
    public async Task The_dialog_refuses_a_decision_without_a_rationale_and_saves_nothing()
    {
        var page = await ProposalAsync("proposal-norationale");

        Click(page, "button[aria-label^='Decide on']");
        Choose("rejected", "   ");

        Dialogs.WaitForAssertion(() => Assert.Contains("Give the rationale", Dialogs.Markup), Patience);
        Assert.Empty(await Decisions.ReadAsync("proposal-norationale"));
    }

    [Fact]
    public async Task The_dialog_preselects_the_pairs_current_decision_never_accept_by_default()
    {
        var page = await ProposalAsync("proposal-current");
        Click(page, "button[aria-label^='Decide on']");
        Choose("rejected", "Too close to an existing programme");
        page.WaitForAssertion(() => Assert.Contains("Too close", page.Markup), Patience);

        Click(page, "button[aria-label^='Decide on']");

        Dialogs.WaitForElement("#decision-rejected", Patience);
        Assert.Contains("mud-checked", Dialogs.Find("#decision-rejected").ParentElement!.ParentElement!.OuterHtml);
        Assert.DoesNotContain("mud-checked", Dialogs.Find("#decision-accepted").ParentElement!.ParentElement!.OuterHtml);
        Assert.Equal("Too close to an existing programme", Dialogs.Find("#decision-rationale").GetAttribute("value") ?? Dialogs.Find("#decision-rationale").TextContent);
    }

    [Fact]
    public async Task Three_selected_pairs_are_deferred_together_with_one_rationale()
    {
        var page = await ProposalAsync("proposal-bulk");
        var boxes = page.FindAll(".proposal-grid tbody input[type=checkbox]");
        Assert.True(boxes.Count >= 3, "the proposal has fewer than three pairs");

        for (var i = 0; i < 3; i++)
        {
            var index = i;
            await page.InvokeAsync(() => page.FindAll(".proposal-grid tbody input[type=checkbox]")[index].Change(true));
        }
        page.WaitForAssertion(() => Assert.Contains("Decide 3 selected", page.Find("#decide-selected").TextContent), Patience);
        Click(page, "#decide-selected");
        Dialogs.WaitForAssertion(() => Assert.Contains("Decision on 3 pairs", Dialogs.Markup), Patience);
        Choose("deferred", "Wait for the June workshop");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll(".decision-rationale").Count(e => e.TextContent.Contains("June workshop"))), Patience);
        var decisions = await Decisions.ReadAsync("proposal-bulk");
        Assert.Equal(3, decisions.Count);
        Assert.All(decisions, d => Assert.Equal((ShortlistDecision.Deferred, "Wait for the June workshop"), (d.Decision, d.Rationale)));
    }

    [Fact]
    public async Task A_decision_someone_else_saved_first_is_shown_and_nothing_is_overwritten()
    {
        var page = await ProposalAsync("proposal-stale");
        var name = FirstPairName(page);
        Click(page, "button[aria-label^='Decide on']");
        Choose("deferred", "Wait");
        page.WaitForAssertion(() => Assert.Single(page.FindAll(".decision-rationale")), Patience);
        var seen = Assert.Single(await Decisions.ReadAsync("proposal-stale"));
        // Another manager decides in the meantime; this page still holds the older version.
        await Decisions.DecideAsync("proposal-stale", seen.CountryCode, seen.TechnologySlug, ShortlistDecision.Rejected, "Budget moved elsewhere", seen.Version);

        Click(page, $"button[aria-label='Decide on {name}']");
        Choose("accepted", "Go ahead");

        page.WaitForAssertion(() => Assert.Contains("Budget moved elsewhere", page.Find("#conflict").TextContent), Patience);
        var kept = Assert.Single(await Decisions.ReadAsync("proposal-stale"));
        Assert.Equal((ShortlistDecision.Rejected, "Budget moved elsewhere"), (kept.Decision, kept.Rationale));
    }

    [Fact]
    public async Task Each_proposed_pair_says_its_own_rank_among_the_technologys_longlisted_partners()
    {
        var page = await ProposalAsync("proposal-why");

        var reasons = page.FindAll(".why-proposed").Select(c => c.TextContent.Trim()).ToList();

        Assert.Contains(reasons, r => r.StartsWith("Ranked 1st of", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("Ranked 2nd of", StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => r.Contains("Among the best-scoring partners", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_proposed_pair_shows_its_research_security_screening_with_the_reason_on_hover()
    {
        var page = await ProposalAsync("proposal-screening");

        var chips = page.FindAll(".proposal-grid td .mud-chip[title]").Where(c => c.GetAttribute("title")!.Contains("technology sensitivity")).ToList();

        Assert.NotEmpty(chips);
        Assert.All(chips, c => Assert.Contains(c.TextContent.Trim(), new[] { "Low", "Medium", "High" }));
        Assert.All(chips, c => Assert.StartsWith(c.TextContent.Trim(), c.GetAttribute("title")));
    }

    [Fact]
    public async Task The_robustness_test_adds_each_pairs_share_of_draws_and_rank_range()
    {
        var page = await ProposalAsync("proposal-robust");

        Click(page, "#test-robustness");

        page.WaitForElement("#sensitivity-heading", TimeSpan.FromSeconds(60));
        var headers = page.FindAll(".proposal-grid thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains(headers, h => h.StartsWith("Kept", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.StartsWith("Rank range", StringComparison.Ordinal));
        Assert.All(page.FindAll(".kept-share").Take(5), share => Assert.EndsWith("%", share.TextContent.Trim()));
    }

    [Fact]
    public async Task A_partner_outside_the_longlist_needs_a_rationale_and_is_then_listed_as_decided_outside_the_proposal()
    {
        var page = await ProposalAsync("proposal-add");
        var form = page.FindComponent<AddPartnerForm>();
        var technology = form.Instance.Technologies[0];

        await form.InvokeAsync(() => form.Instance.OnAdd(new AddPartnerForm.Addition("ISR", technology.Slug, " ")));
        page.WaitForAssertion(() => Assert.Contains("Give the rationale", page.Find("#decision-error").TextContent), Patience);
        await form.InvokeAsync(() => form.Instance.OnAdd(new AddPartnerForm.Addition("ISR", technology.Slug, "Start-up ecosystem")));

        page.WaitForAssertion(() => Assert.Contains("Israel", page.Find("#others-heading").ParentElement!.ParentElement!.ParentElement!.TextContent), Patience);
        var decision = Assert.Single(await Decisions.ReadAsync("proposal-add"));
        Assert.Equal(("ISR", ShortlistDecision.Accepted), (decision.CountryCode, decision.Decision));
    }

    [Fact]
    public async Task Analysts_cannot_open_the_proposal()
    {
        var analyst = await Portal.SignedInAsync(await Portal.AddUserAsync(PortalRoles.Analyst));

        var response = await analyst.GetAsync($"/rounds/{Study.RoundSlug}/proposal");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_published_study_round_lists_its_120_decisions_without_a_way_to_change_them()
    {
        SignIn("manager-study", "manager-study@example.org", PortalRoles.PortfolioManager);
        RenderProviders();

        var page = Render<ProposalPage>(p => p.Add(x => x.Slug, Study.RoundSlug));

        page.WaitForElement("#others-heading", Patience);
        Assert.Contains("Nothing to propose yet", page.Markup);
        Assert.Contains("120", page.Find(".portfolio-balance").TextContent);
        Assert.Contains("16 technologies", page.Find(".portfolio-balance").TextContent);
        Assert.Empty(page.FindAll("button[aria-label^='Decide on']"));
        Assert.Empty(page.FindAll("#add-partner"));
        await Task.CompletedTask;
    }
}
