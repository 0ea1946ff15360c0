using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Web.Features.Scoring;
using PartnerPortal.Web.Features.Shortlisting;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.ResearchSecurity;

/// <summary>A manager's review of a pair's screening in a circuit (bUnit over the real services and database), from the proposal and the pair page.</summary>
public class ScreeningReviewDialogTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private ScreeningReviewEditor Reviews => Portal.Services.GetRequiredService<ScreeningReviewEditor>();
    private ShortlistDecisions Decisions => Portal.Services.GetRequiredService<ShortlistDecisions>();

    /// <summary>A generated round of its own per test, the manager signed in, the proposal rendered.</summary>
    private async Task<IRenderedComponent<ProposalPage>> ProposalAsync(string slug, string? rule = null, bool requirePlans = false)
    {
        await Portal.EnsureDemoRoundAsync(slug, countries: 10, technologies: 6, analysts: 2, seed: 5);
        if (rule is not null)
        {
            var settings = Portal.Services.GetRequiredService<RoundScreeningSettingsEditor>();
            var current = await settings.ReadAsync(slug);
            Assert.Null(await settings.SaveAsync(slug, current with { Rule = ScreeningMatrix.Parse(rule), RequireMitigationForHigh = requirePlans }));
        }
        await SignInNewAsync(PortalRoles.PortfolioManager);
        RenderProviders();
        var page = Render<ProposalPage>(p => p.Add(x => x.Slug, slug));
        page.WaitForElement(".proposal-grid", Patience);
        return page;
    }

    private static ProposalRow FirstRow(IRenderedComponent<ProposalPage> page) => page.FindComponent<ProposalGrid>().Instance.Rows[0];

    private void OpenReviewOf(IRenderedComponent<ProposalPage> page, ProposalRow row)
    {
        Click(page, $"button[aria-label='Review the screening of {row.Name}']");
        Dialogs.WaitForElement("#review-derived", Patience);
    }

    private void InDialog(Action<IRenderedComponent<MudBlazor.MudDialogProvider>> act) =>
        Dialogs.InvokeAsync(() => act(Dialogs)).GetAwaiter().GetResult();

    private void Type(string id, string text) => InDialog(d => d.Find($"#{id}").Input(text));

    [Fact]
    public async Task An_override_without_a_rationale_is_refused_at_the_field_and_nothing_is_saved()
    {
        var page = await ProposalAsync("review-norationale");
        var row = FirstRow(page);
        OpenReviewOf(page, row);

        InDialog(d => d.Find("#override-high").Click());
        Dialogs.WaitForElement("#review-OverrideRationale", Patience);
        InDialog(d => d.Find("#save-review").Click());

        Dialogs.WaitForAssertion(() => Assert.Contains("Say why the level differs", Dialogs.Find("#review-OverrideRationale-error").TextContent), Patience);
        Assert.Null((await Reviews.ReadAsync("review-norationale", row.CountryCode, row.TechnologySlug)).Review);
    }

    [Fact]
    public async Task A_saved_override_shows_with_its_rationale_in_the_proposal_and_on_the_pair_page()
    {
        var page = await ProposalAsync("review-override");
        var row = FirstRow(page);
        OpenReviewOf(page, row);

        InDialog(d => d.Find("#override-high").Click());
        Dialogs.WaitForElement("#review-OverrideRationale", Patience);
        Type("review-OverrideRationale", "Dual-use sensors in the work plan");
        InDialog(d => d.Find("#save-review").Click());

        Snackbars.WaitForAssertion(() => Assert.Contains($"Screening review of {row.Name} saved", Snackbars.Markup), Patience);
        page.WaitForAssertion(() => Assert.Contains("Set by a manager: Dual-use sensors in the work plan", page.Find(".proposal-grid").TextContent), Patience);
        var chip = page.FindAll(".proposal-grid .screening-chip").First(c => c.GetAttribute("title")!.Contains("Dual-use sensors"));
        Assert.Equal("High", chip.TextContent.Trim());

        var pairPage = Render<PairPage>(p => p.Add(x => x.Slug, "review-override").Add(x => x.Country, row.CountryCode).Add(x => x.Technology, row.TechnologySlug));
        // The pair page analyses the whole round first; on a busy machine that can take longer than a save.
        pairPage.WaitForElement("#pair-screening", TimeSpan.FromSeconds(30));
        Assert.Contains("High (set by a manager: Dual-use sensors in the work plan", pairPage.Find("#pair-screening").TextContent);
        Assert.NotNull(pairPage.Find("#review-screening"));
    }

    [Fact]
    public async Task A_review_another_manager_saved_first_is_shown_and_saving_again_replaces_it()
    {
        var page = await ProposalAsync("review-stale");
        var row = FirstRow(page);
        OpenReviewOf(page, row);
        // Another manager reviews the same pair while this dialog is open.
        Assert.Null(await Reviews.SaveAsync("review-stale", row.CountryCode, row.TechnologySlug,
            new ScreeningReviewInput(ScreeningLevel.Low, "Only published methods", "", MitigationMeasure.None), null));

        Type("review-MitigationText", "Vet the partner institute first");
        InDialog(d => d.Find("input#measure-PartnerDueDiligence").Change(true));
        InDialog(d => d.Find("#save-review").Click());

        Dialogs.WaitForAssertion(() => Assert.Contains("Only published methods", Dialogs.Find("#review-conflict").TextContent), Patience);
        Assert.Equal(ScreeningLevel.Low, (await Reviews.ReadAsync("review-stale", row.CountryCode, row.TechnologySlug)).Review!.OverrideLevel);

        InDialog(d => d.Find("#save-review").Click());
        Snackbars.WaitForAssertion(() => Assert.Contains($"Screening review of {row.Name} saved", Snackbars.Markup), Patience);
        var saved = (await Reviews.ReadAsync("review-stale", row.CountryCode, row.TechnologySlug)).Review!;
        Assert.Equal((null, "Vet the partner institute first", MitigationMeasure.PartnerDueDiligence), (saved.OverrideLevel, saved.MitigationText, saved.MitigationMeasures));
    }

    [Fact]
    public async Task Accepting_a_high_pair_without_a_plan_is_refused_with_a_way_to_write_it_and_succeeds_once_the_plan_is_saved()
    {
        // Every pair screened High, and the round requires a plan before one is accepted.
        var page = await ProposalAsync("review-refusal", rule: "333333333333", requirePlans: true);
        var row = FirstRow(page);

        Click(page, $"button[aria-label='Decide on {row.Name}']");
        Dialogs.WaitForElement("#decision-accepted", Patience);
        InDialog(d => d.Find("#decision-accepted").Click());
        Type("decision-rationale", "Strongest partner for the technology");
        InDialog(d => d.Find("#record-decision").Click());

        page.WaitForAssertion(() => Assert.Contains("requires a mitigation plan", page.Find("#decision-error").TextContent), Patience);
        Assert.Empty(await Decisions.ReadAsync("review-refusal"));

        Click(page, "#write-plan");
        Dialogs.WaitForElement("#review-derived", Patience);
        Type("review-MitigationText", "Work packages on sensor firmware stay with the home team");
        InDialog(d => d.Find("input#measure-RestrictedWorkPackages").Change(true));
        InDialog(d => d.Find("input#measure-ExportControlCheck").Change(true));
        InDialog(d => d.Find("#save-review").Click());

        Snackbars.WaitForAssertion(() => Assert.Contains($"Mitigation plan saved and the decision on {row.Name} recorded", Snackbars.Markup), Patience);
        var decision = Assert.Single(await Decisions.ReadAsync("review-refusal"));
        Assert.Equal((row.CountryCode, ShortlistDecision.Accepted, "Strongest partner for the technology"), (decision.CountryCode, decision.Decision, decision.Rationale));
        Assert.Empty(page.FindAll("#decision-error"));
    }
}
