using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Technologies;
using PartnerPortal.Web.Features.Technologies;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Technologies;

/// <summary>Themes and groups in a circuit: renaming a row, adding a group, a stale save refused, a duplicate letter named at its field.</summary>
public class TechGroupsPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private IRenderedComponent<TechGroupsPage> RenderPage()
    {
        RenderProviders();
        var page = Render<TechGroupsPage>();
        page.WaitForElement("#group-A-name", Patience);
        return page;
    }

    private static string FieldText(IRenderedComponent<TechGroupsPage> page, string id) => page.Find(id).Closest(".mud-input-control")!.TextContent;

    [Fact]
    public async Task An_admin_renames_a_group_adds_one_and_a_save_from_an_older_version_is_refused()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var editor = Portal.Services.GetRequiredService<TechGroupEditor>();
        var page = RenderPage();

        page.Find("#group-A-name").Change("Energy storage and batteries");
        Click(page, ".save-group-A");
        Snackbars.WaitForAssertion(() => Assert.Contains("Group A saved.", Snackbars.Markup), Patience);
        var stalePage = Render<TechGroupsPage>();
        stalePage.WaitForElement("#group-A-name", Patience);
        var (themes, groups) = await editor.ReadAsync();
        var a = groups.Single(g => g.Letter == "A");
        Assert.True(await editor.SaveGroupAsync("A", "Changed meanwhile", themes.Single(t => t.Id == a.ThemeId).Code, a.Version));
        stalePage.Find("#group-A-name").Change("Stale");
        Click(stalePage, ".save-group-A");
        stalePage.WaitForAssertion(() => Assert.Contains("Someone else saved this", stalePage.Find(".conflict").TextContent), Patience);
        page.Find("#new-letter").Change("s");
        page.Find("#new-name").Change("Space manufacturing");
        ClickButton(page, "Add");
        Snackbars.WaitForAssertion(() => Assert.Contains("Group added.", Snackbars.Markup), Patience);
        page.WaitForElement("#group-S-name", Patience);
        page.Find("#new-letter").Change("S");
        page.Find("#new-name").Change("Again");
        ClickButton(page, "Add");

        page.WaitForAssertion(() => Assert.Contains("already a group S", FieldText(page, "#new-letter")), Patience);
        Assert.Equal("Changed meanwhile", stalePage.Find("#group-A-name").GetAttribute("value"));
        (_, groups) = await editor.ReadAsync();
        Assert.Equal("Changed meanwhile", groups.Single(g => g.Letter == "A").Name);
        Assert.Equal("Space manufacturing", groups.Single(g => g.Letter == "S").Name);
    }

    [Fact]
    public async Task A_theme_without_a_name_is_refused_beside_the_field_and_nothing_changes()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var editor = Portal.Services.GetRequiredService<TechGroupEditor>();
        var theme = (await editor.ReadAsync()).Themes[0];
        var page = RenderPage();

        page.Find($"#theme-{theme.Code}-name").Change(" ");
        Click(page, $".save-theme-{theme.Code}");

        page.WaitForAssertion(() => Assert.Contains("Give a name of up to 200 characters.", FieldText(page, $"#theme-{theme.Code}-name")), Patience);
        Assert.Equal(theme.Name, (await editor.ReadAsync()).Themes[0].Name);
    }
}
