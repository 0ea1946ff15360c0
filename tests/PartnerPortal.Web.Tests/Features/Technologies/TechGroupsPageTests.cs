using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Technologies;

namespace PartnerPortal.Web.Tests.Features.Technologies;

public class TechGroupsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_admin_renames_a_group_adds_one_and_a_save_from_an_older_version_is_refused()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var editor = portal.Services.GetRequiredService<TechGroupEditor>();
        var (themes, groups) = await editor.ReadAsync();
        var a = groups.Single(g => g.Letter == "A");
        var theme = themes.Single(t => t.Id == a.ThemeId).Code;

        await PortalFactory.SubmitFormAsync(admin, "/technologies/groups", "group-A", new() { ["version"] = a.Version.ToString(), ["name"] = "Energy storage and batteries", ["theme"] = theme });
        var stale = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/technologies/groups", "group-A",
            new() { ["version"] = a.Version.ToString(), ["name"] = "Stale", ["theme"] = theme }));
        var added = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/technologies/groups", "add-group", new() { ["letter"] = "s", ["name"] = "Space manufacturing", ["theme"] = theme }));
        var duplicate = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/technologies/groups", "add-group", new() { ["letter"] = "S", ["name"] = "Again", ["theme"] = theme }));

        Assert.Contains("Someone else saved this", stale.Body!.TextContent);
        Assert.Contains("Group added.", added.Body!.TextContent);
        Assert.Contains("already a group S", duplicate.QuerySelector("#new-letter-error")!.TextContent);
        (_, groups) = await editor.ReadAsync();
        Assert.Equal("Energy storage and batteries", groups.Single(g => g.Letter == "A").Name);
        Assert.Equal("Space manufacturing", groups.Single(g => g.Letter == "S").Name);
    }
}
