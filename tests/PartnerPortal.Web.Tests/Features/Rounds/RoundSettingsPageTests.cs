using AngleSharp;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Rounds;

public class RoundSettingsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Task<IDocument> ParseAsync(HttpResponseMessage response) => Html.ParseAsync(response);

    private async Task<string> NewDemoRoundAsync()
    {
        var slug = $"settings-{Guid.NewGuid():N}"[..20];
        await portal.EnsureDemoRoundAsync(slug, countries: 3, technologies: 2, analysts: 1);
        return slug;
    }

    private static Dictionary<string, string> Rules(IDocument page) =>
        page.QuerySelectorAll("form input[type=number], form input[name=Version]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");

    [Fact]
    public async Task Impossible_rules_are_refused_field_by_field_and_nothing_changes()
    {
        var slug = await NewDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        var fields = Rules(await ParseAsync(await manager.GetAsync($"/rounds/{slug}/settings")));
        fields["LonglistRequiredCount"] = "7";
        fields["SensitivityPerturbation"] = "abc";

        var response = await PortalFactory.SubmitFormAsync(manager, $"/rounds/{slug}/settings", "settings", fields);

        var page = await ParseAsync(response);
        Assert.Equal("Enter a number.", page.QuerySelector("#SensitivityPerturbation-error")!.TextContent.Trim());
        fields["SensitivityPerturbation"] = "0.3";
        page = await ParseAsync(await PortalFactory.SubmitFormAsync(manager, $"/rounds/{slug}/settings", "settings", fields));
        Assert.Contains("between 0 and 5", page.QuerySelector("#LonglistRequiredCount-error")!.TextContent);
        Assert.Equal(5, (await portal.Services.GetRequiredService<RoundSettingsEditor>().ReadAsync(slug)).LonglistRequiredCount);
    }

    [Fact]
    public async Task A_round_is_published_only_with_the_confirmation_and_then_its_forms_are_disabled()
    {
        var slug = await NewDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        await PortalFactory.SubmitFormAsync(manager, $"/rounds/{slug}/settings", "status", new() { ["to"] = "Review", ["confirm"] = "yes" });

        var unconfirmed = await ParseAsync(await PortalFactory.SubmitFormAsync(manager, $"/rounds/{slug}/settings", "status", new() { ["to"] = "Published" }));
        Assert.Equal(RoundStatus.Review, (await portal.Services.GetRequiredService<RoundCatalog>().FindAsync(slug))!.Status);
        var published = await ParseAsync(await PortalFactory.SubmitFormAsync(manager, $"/rounds/{slug}/settings", "status", new() { ["to"] = "Published", ["confirm"] = "yes" }));

        Assert.Contains("Once published, nothing in this round can change", unconfirmed.QuerySelector("#confirm-phase")!.TextContent);
        Assert.Contains("The round is now in Published.", published.Body!.TextContent);
        Assert.All(published.QuerySelectorAll("fieldset"), f => Assert.True(f.HasAttribute("disabled")));
        Assert.Equal(RoundStatus.Published, (await portal.Services.GetRequiredService<RoundCatalog>().FindAsync(slug))!.Status);
    }

    [Fact]
    public async Task Closing_scoring_first_shows_what_is_incomplete_and_changes_nothing_until_confirmed()
    {
        var round = await portal.EnsureStudyRoundCopyAsync($"closing-{Guid.NewGuid():N}"[..16]);
        await StudyRoundCopy.AddAnalystAsync(portal.Services, round, $"idle-{Guid.NewGuid():N}@example.org", PortalFactory.Password);
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var asked = await ParseAsync(await PortalFactory.SubmitFormAsync(manager, $"/rounds/{round.Slug}/settings", "status", new() { ["to"] = "Review" }));

        var confirmation = asked.QuerySelector("#confirm-phase")!.TextContent;
        Assert.Contains("pairs are not fully scored by any analyst", confirmation);
        Assert.Contains("1 assigned analyst has not started: idle-", confirmation);
        Assert.NotNull(asked.QuerySelector("#confirm-phase-change"));
        Assert.Equal(RoundStatus.Scoring, (await portal.Services.GetRequiredService<RoundCatalog>().FindAsync(round.Slug))!.Status);
    }

    [Fact]
    public async Task Comparing_a_round_with_the_study_lists_what_left_the_longlist()
    {
        var slug = await NewDemoRoundAsync();
        // A manager: before publication an analyst compares only the pairs they have scored.
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var page = await ParseAsync(await manager.GetAsync($"/rounds/{slug}/compare?with={Study.RoundSlug}"));

        Assert.Contains("Left the longlist 54", page.Body!.TextContent.Replace("\n", " ").Replace("  ", " "));
        Assert.Contains("Left the shortlist", page.Body.TextContent);
    }

    [Fact]
    public async Task An_admin_deletes_a_generated_round_after_typing_its_slug_and_a_manager_is_offered_no_delete()
    {
        var slug = await NewDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));

        var managersPage = await ParseAsync(await manager.GetAsync($"/rounds/{slug}/settings"));
        var unconfirmed = await ParseAsync(await PortalFactory.SubmitFormAsync(admin, $"/rounds/{slug}/settings", "delete-round", new() { ["confirm-slug"] = "wrong" }));
        var deleted = await PortalFactory.SubmitFormAsync(admin, $"/rounds/{slug}/settings", "delete-round", new() { ["confirm-slug"] = slug });
        var studyPage = await ParseAsync(await admin.GetAsync($"/rounds/{Study.RoundSlug}/settings"));

        Assert.Null(managersPage.QuerySelector("#delete-heading"));
        Assert.Contains($"Type {slug} in the box", unconfirmed.QuerySelector("#delete-heading")!.ParentElement!.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await portal.Services.GetRequiredService<RoundCatalog>().FindAsync(slug));
        Assert.Null(studyPage.QuerySelector("#delete-heading"));
    }
}
