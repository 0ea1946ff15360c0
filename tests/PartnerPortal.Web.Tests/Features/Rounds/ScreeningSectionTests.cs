using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Rounds;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Rounds;

/// <summary>The research-security section of a round's settings in a circuit (bUnit over the real services and database).</summary>
public class ScreeningSectionTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private RoundScreeningSettingsEditor Editor => Portal.Services.GetRequiredService<RoundScreeningSettingsEditor>();

    private async Task<IRenderedComponent<RoundSettingsPage>> SectionAsync(string slug)
    {
        await Portal.EnsureDemoRoundAsync(slug, countries: 3, technologies: 2, analysts: 1);
        await SignInNewAsync(PortalRoles.PortfolioManager);
        RenderProviders();
        var page = Render<RoundSettingsPage>(p => p.Add(x => x.Slug, slug));
        page.WaitForAssertion(() => Assert.False(page.Find("#screening-high-unknown").HasAttribute("disabled")), Patience);
        return page;
    }

    private static void Choose(IRenderedComponent<RoundSettingsPage> page, string cell, ScreeningLevel level) =>
        page.InvokeAsync(() => page.Find($"#screening-{cell}").Change(level.ToString())).GetAwaiter().GetResult();

    [Fact]
    public async Task A_manager_changes_a_cell_requires_plans_and_excludes_high_pairs_and_all_three_are_saved()
    {
        var page = await SectionAsync("screening-save");
        Assert.Equal(12, page.FindAll("#screening-section select[aria-label^='Screening for']").Count);
        Assert.NotNull(page.Find("select[aria-label='Screening for High sensitivity × Unknown risk']"));

        Choose(page, "low-unknown", ScreeningLevel.High);
        await page.InvokeAsync(() => page.Find("input#require-mitigation").Change(true));
        Click(page, "#high-exclude");
        Click(page, "#save-screening");

        Snackbars.WaitForAssertion(() => Assert.Contains("Research-security rules saved", Snackbars.Markup), Patience);
        var saved = await Editor.ReadAsync("screening-save");
        Assert.Equal(ScreeningLevel.High, saved.Rule.LevelFor(SensitivityLevel.Low, CountryRiskLevel.Unknown));
        Assert.Equal(ScreeningMatrix.Default.With(SensitivityLevel.Low, CountryRiskLevel.Unknown, ScreeningLevel.High), saved.Rule);
        Assert.True(saved.RequireMitigationForHigh);
        Assert.Equal(HighLevelPairPolicy.Exclude, saved.HighLevelPairs);
    }

    [Fact]
    public async Task Reset_to_defaults_puts_the_default_matrix_back_and_saves_it()
    {
        await Portal.EnsureDemoRoundAsync("screening-defaults", countries: 3, technologies: 2, analysts: 1);
        var before = await Editor.ReadAsync("screening-defaults");
        Assert.Null(await Editor.SaveAsync("screening-defaults", before with { Rule = ScreeningMatrix.Parse("333333333333") }));
        var page = await SectionAsync("screening-defaults");
        Assert.Contains("Changed from the defaults", page.Find("#screening-section").TextContent);

        Click(page, "#screening-defaults");
        page.WaitForAssertion(() => Assert.Contains("These are the defaults", page.Find("#screening-section").TextContent), Patience);
        Click(page, "#save-screening");

        Snackbars.WaitForAssertion(() => Assert.Contains("Research-security rules saved", Snackbars.Markup), Patience);
        Assert.Equal(ScreeningMatrix.Default, (await Editor.ReadAsync("screening-defaults")).Rule);
    }

    [Fact]
    public async Task A_save_over_another_managers_change_shows_theirs_keeps_mine_in_the_form_and_saving_again_replaces_theirs()
    {
        var page = await SectionAsync("screening-stale");
        var seen = await Editor.ReadAsync("screening-stale");
        // Another manager requires plans in the meantime; this page still holds the older version.
        Assert.Null(await Editor.SaveAsync("screening-stale", seen with { RequireMitigationForHigh = true }));

        Choose(page, "medium-high", ScreeningLevel.Medium);
        Click(page, "#save-screening");

        page.WaitForAssertion(() => Assert.Contains("a mitigation plan required", page.Find("#screening-conflict").TextContent), Patience);
        Assert.Equal(ScreeningMatrix.Default, (await Editor.ReadAsync("screening-stale")).Rule);
        Assert.Equal("Medium", page.Find("#screening-medium-high option[selected]").TextContent);

        Click(page, "#save-screening");
        Snackbars.WaitForAssertion(() => Assert.Contains("Research-security rules saved", Snackbars.Markup), Patience);
        Assert.Empty(page.FindAll("#screening-conflict"));
        var saved = await Editor.ReadAsync("screening-stale");
        Assert.Equal((ScreeningLevel.Medium, false), (saved.Rule.LevelFor(SensitivityLevel.Medium, CountryRiskLevel.High), saved.RequireMitigationForHigh));
    }

    [Fact]
    public async Task Saving_the_scoring_rules_first_does_not_make_the_research_security_save_a_conflict()
    {
        var page = await SectionAsync("screening-after-rules");
        Click(page, "#save-rules");
        Snackbars.WaitForAssertion(() => Assert.Contains("Rules saved", Snackbars.Markup), Patience);

        Choose(page, "high-low", ScreeningLevel.High);
        Click(page, "#save-screening");

        Snackbars.WaitForAssertion(() => Assert.Contains("Research-security rules saved", Snackbars.Markup), Patience);
        Assert.Empty(page.FindAll("#screening-conflict"));
        Assert.Equal(ScreeningLevel.High, (await Editor.ReadAsync("screening-after-rules")).Rule.LevelFor(SensitivityLevel.High, CountryRiskLevel.Low));
    }

    [Fact]
    public async Task A_published_round_shows_its_screening_rules_without_a_way_to_change_them()
    {
        await SignInNewAsync(PortalRoles.PortfolioManager);
        RenderProviders();

        var page = Render<RoundSettingsPage>(p => p.Add(x => x.Slug, Study.RoundSlug));

        page.WaitForElement("#screening-section", Patience);
        Assert.All(page.FindAll("#screening-section select"), s => Assert.True(s.HasAttribute("disabled")));
        Assert.True(page.Find("#save-screening").HasAttribute("disabled"));
    }
}
