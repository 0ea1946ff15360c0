using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Rounds;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Rounds;

/// <summary>A round's settings in a circuit (bUnit over the real services and database): rules, phase changes, scope, deletion.</summary>
public class RoundSettingsPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private async Task<string> NewDemoRoundAsync()
    {
        var slug = $"settings-{Guid.NewGuid():N}"[..20];
        await Portal.EnsureDemoRoundAsync(slug, countries: 3, technologies: 2, analysts: 1);
        return slug;
    }

    /// <summary>A new person with this role, signed in to the rendered page, with MudBlazor's dialog and snackbar providers.</summary>
    private async Task<string> SignInAsync(string role)
    {
        var email = await Portal.AddUserAsync(role);
        SignIn(await IdOfAsync(email), email, role);
        if (!_providers)
        {
            RenderProviders();
            _providers = true;
        }
        return email;
    }

    private bool _providers;

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private IRenderedComponent<RoundSettingsPage> RenderPage(string slug)
    {
        var page = Render<RoundSettingsPage>(p => p.Add(x => x.Slug, slug));
        page.WaitForElement("#status-heading", Patience);
        return page;
    }

    private async Task<RoundStatus> StatusAsync(string slug) => (await Portal.Services.GetRequiredService<RoundCatalog>().FindAsync(slug))!.Status;

    private AngleSharp.Dom.IElement WaitForDialog(string text)
    {
        Dialogs.WaitForAssertion(() => Assert.Contains(text, Dialogs.Find(".mud-dialog").TextContent), Patience);
        return Dialogs.Find(".mud-dialog");
    }

    private void WaitForSnackbar(string text) => Snackbars.WaitForAssertion(() => Assert.Contains(text, Snackbars.Markup), Patience);

    private static void Tick(IRenderedComponent<RoundSettingsPage> page, string boxId, bool on) =>
        page.InvokeAsync(() => page.Find($"input#{boxId}").Change(on)).GetAwaiter().GetResult();

    [Fact]
    public async Task Impossible_rules_are_refused_field_by_field_and_nothing_changes()
    {
        var slug = await NewDemoRoundAsync();
        await SignInAsync(PortalRoles.PortfolioManager);
        var page = RenderPage(slug);
        page.Find("#LonglistRequiredCount").Change("7");
        page.Find("#SensitivityPerturbation").Change("abc");

        Click(page, "#save-rules");

        page.WaitForAssertion(() => Assert.Equal("Enter a number.", page.Find("#SensitivityPerturbation-error").TextContent.Trim()), Patience);
        page.Find("#SensitivityPerturbation").Change("0.3");
        Click(page, "#save-rules");
        page.WaitForAssertion(() => Assert.Contains("between 0 and 5", page.Find("#LonglistRequiredCount-error").TextContent), Patience);
        Assert.Equal("7", page.Find("#LonglistRequiredCount").GetAttribute("value"));
        Assert.Equal(5, (await Portal.Services.GetRequiredService<RoundSettingsEditor>().ReadAsync(slug)).LonglistRequiredCount);
    }

    [Fact]
    public async Task Rules_saved_over_someone_elses_newer_save_are_refused_with_their_name_and_a_second_save_replaces_theirs()
    {
        var slug = await NewDemoRoundAsync();
        await SignInAsync(PortalRoles.PortfolioManager);
        var page = RenderPage(slug);
        var editor = Portal.Services.GetRequiredService<RoundSettingsEditor>();
        var read = await editor.ReadAsync(slug);
        Assert.Null(await editor.SaveAsync(slug, read with { SensitivitySeed = 99 }));
        page.Find("#SensitivitySeed").Change("7");

        Click(page, "#save-rules");

        page.WaitForAssertion(() => Assert.Contains("while you were editing; yours were not saved", page.Find("#conflict").TextContent), Patience);
        Assert.Equal(99, (await editor.ReadAsync(slug)).SensitivitySeed);
        Assert.Equal("7", page.Find("#SensitivitySeed").GetAttribute("value"));
        Click(page, "#save-rules");
        WaitForSnackbar("Rules saved");
        Assert.Equal(7, (await editor.ReadAsync(slug)).SensitivitySeed);
    }

    [Fact]
    public async Task A_round_is_published_only_with_the_confirmation_and_then_its_forms_are_disabled()
    {
        var slug = await NewDemoRoundAsync();
        var manager = await SignInAsync(PortalRoles.PortfolioManager);
        await Portal.Services.GetRequiredService<RoundLifecycle>().MoveAsync(slug, RoundStatus.Review);
        var page = RenderPage(slug);

        ClickButton(page, "Publish");
        var asked = WaitForDialog("Publish the round?");
        Assert.Contains("Once published, nothing in this round can change", asked.QuerySelector("#confirm-phase")!.TextContent);
        ClickButton(Dialogs, "Cancel");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")), Patience);
        Assert.Equal(RoundStatus.Review, await StatusAsync(slug));

        ClickButton(page, "Publish");
        WaitForDialog("Publish the round?");
        Click(Dialogs, "#confirm-phase-change");

        WaitForSnackbar("The round is now in Published.");
        page.WaitForAssertion(() => Assert.Equal("Published", page.Find(".round-status").TextContent.Trim()), Patience);
        Assert.All(page.FindAll("fieldset.plain-fieldset"), f => Assert.True(f.HasAttribute("disabled")));
        Assert.All(page.FindAll("input"), i => Assert.True(i.HasAttribute("disabled"), i.OuterHtml));
        Assert.All(page.FindAll("button").Where(b => b.TextContent.Contains("Save")), b => Assert.True(b.HasAttribute("disabled")));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("scoring") || b.TextContent.Contains("Publish"));
        Assert.Equal(RoundStatus.Published, await StatusAsync(slug));
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var move = await db.AuditLog.Where(a => a.Action == "round.status" && a.EntityKey == slug).OrderBy(a => a.Id).LastAsync();
        Assert.Equal(manager, move.Actor);
    }

    [Fact]
    public async Task Closing_scoring_first_shows_what_is_incomplete_and_changes_nothing_until_confirmed()
    {
        var round = await Portal.EnsureStudyRoundCopyAsync($"closing-{Guid.NewGuid():N}"[..16]);
        await StudyRoundCopy.AddAnalystAsync(Portal.Services, round, $"idle-{Guid.NewGuid():N}@example.org", PortalFactory.Password);
        await SignInAsync(PortalRoles.PortfolioManager);
        var page = RenderPage(round.Slug);

        ClickButton(page, "Close scoring and review");

        var confirmation = WaitForDialog("Close scoring and move to review?").QuerySelector("#confirm-phase")!.TextContent;
        Assert.Contains("pairs are not fully scored by any analyst", confirmation);
        Assert.Contains("1 assigned analyst has not started: idle-", confirmation);
        Assert.NotNull(Dialogs.Find("#confirm-phase-change"));
        Assert.Equal(RoundStatus.Scoring, await StatusAsync(round.Slug));
    }

    [Fact]
    public async Task Someone_who_no_longer_runs_rounds_changes_no_phase_and_no_rules()
    {
        var slug = await NewDemoRoundAsync();
        var manager = await SignInAsync(PortalRoles.PortfolioManager);
        var page = RenderPage(slug);
        // The role was taken away while the page stood open; the circuit's authentication state follows within a minute.
        SignIn(await IdOfAsync(manager), manager, PortalRoles.Analyst);

        ClickButton(page, "Close scoring and review");
        page.Find("#SensitivitySeed").Change("7");
        Click(page, "#save-rules");

        page.WaitForAssertion(() => Assert.Contains("Only portfolio managers and admins change a round's phase.", page.Find("#phase-error").TextContent), Patience);
        page.WaitForAssertion(() => Assert.Contains("Only portfolio managers and admins change a round's rules.", page.Find("#rules-refusal").TextContent), Patience);
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
        Assert.Equal(RoundStatus.Scoring, await StatusAsync(slug));
        Assert.NotEqual(7, (await Portal.Services.GetRequiredService<RoundSettingsEditor>().ReadAsync(slug)).SensitivitySeed);
    }

    [Fact]
    public async Task A_draft_rounds_scope_can_change_until_it_opens_for_scoring()
    {
        var admin = await SignInAsync(PortalRoles.Admin);
        await Portal.Services.GetRequiredService<RoundCreator>().CreateAsync(
            new NewRound("scoped", "Re-benchmarking 2026", "Innovate UK", "GBR", "", ["CHN"], ["batteries"], null));
        var page = RenderPage("scoped");
        page.WaitForElement("#scope-form", Patience);

        Tick(page, "technology-robotics", true);
        Tick(page, "technology-batteries", false);
        Click(page, "#save-scope");
        WaitForSnackbar("Scope saved.");

        Tick(page, "country-GBR", true);
        Click(page, "#save-scope");
        page.WaitForAssertion(() => Assert.Contains("home country cannot also be a partner", page.Find("#countries-error").TextContent), Patience);

        ClickButton(page, "Open for scoring");
        WaitForDialog("Open the round for scoring?");
        Click(Dialogs, "#confirm-phase-change");
        page.WaitForAssertion(() => Assert.True(page.FindAll("#scope-form").Count == 0, page.Find("#status-heading").ParentElement!.TextContent + Dialogs.Markup), Patience);

        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var round = await db.Rounds.Include(r => r.Countries).ThenInclude(c => c.Country).Include(r => r.Technologies).ThenInclude(t => t.Technology).SingleAsync(r => r.Slug == "scoped");
        Assert.Equal(["robotics"], round.Technologies.Select(t => t.Technology!.Slug));
        Assert.Equal(["CHN"], round.Countries.Select(c => c.Country!.Code));
        Assert.Equal(RoundStatus.Scoring, round.Status);
        Assert.Equal(admin, (await db.AuditLog.Where(a => a.Action == "round.scope" && a.EntityKey == "scoped").SingleAsync()).Actor);
    }

    [Fact]
    public async Task Comparing_a_round_with_the_study_lists_what_left_the_longlist()
    {
        var slug = await NewDemoRoundAsync();
        // A manager: before publication an analyst compares only the pairs they have scored.
        var manager = await Portal.SignedInAsync(await Portal.AddUserAsync(PortalRoles.PortfolioManager));

        var page = await Html.ParseAsync(await manager.GetAsync($"/rounds/{slug}/compare?with={Study.RoundSlug}"));

        Assert.Contains("Left the longlist 54", page.Body!.TextContent.Replace("\n", " ").Replace("  ", " "));
        Assert.Contains("Left the shortlist", page.Body.TextContent);
    }

    [Fact]
    public async Task An_admin_deletes_a_generated_round_after_typing_its_slug_and_a_manager_is_offered_no_delete()
    {
        var slug = await NewDemoRoundAsync();
        await SignInAsync(PortalRoles.PortfolioManager);
        var managersPage = RenderPage(slug);
        Assert.Empty(managersPage.FindAll("#delete-heading"));

        await SignInAsync(PortalRoles.Admin);
        var page = RenderPage(slug);
        page.WaitForElement("#delete-heading", Patience);
        Click(page, "#delete-round");
        WaitForDialog($"Delete {slug}?");
        Dialogs.Find("#confirm-slug").Input("wrong");
        Click(Dialogs, "#confirm-delete");
        Dialogs.WaitForAssertion(() => Assert.Contains($"Type {slug} in the box", Dialogs.Find(".mud-dialog").TextContent), Patience);
        Assert.NotNull(await Portal.Services.GetRequiredService<RoundCatalog>().FindAsync(slug));

        Dialogs.Find("#confirm-slug").Input(slug);
        Click(Dialogs, "#confirm-delete");

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("/rounds", navigation.Uri), Patience);
        Assert.Null(await Portal.Services.GetRequiredService<RoundCatalog>().FindAsync(slug));
        var studyPage = RenderPage(Study.RoundSlug);
        Assert.Empty(studyPage.FindAll("#delete-heading"));
    }
}
