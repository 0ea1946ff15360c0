using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Technologies;

namespace PartnerPortal.Web.Tests.Features.Technologies;

public class EditTechnologyPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_admin_adds_a_technology_to_a_group_and_edits_its_domains_with_a_version_check()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var form = new Dictionary<string, string>
        {
            ["version"] = "0", ["slug"] = "solid-state-batteries", ["name"] = "Solid-state batteries", ["short-name"] = "Solid-state",
            ["group"] = "A", ["domains"] = "Solid electrolytes\nAnode-free cells", ["rationale"] = "SupportsFutureIndustries",
        };

        var added = await PortalFactory.SubmitFormAsync(admin, "/technologies/new", "technology", form);
        var editor = portal.Services.GetRequiredService<TechnologyEditor>();
        var seen = (await editor.ReadAsync("solid-state-batteries"))!;
        form["version"] = seen.Version.ToString();
        form["domains"] = "Solid electrolytes";
        await PortalFactory.SubmitFormAsync(admin, "/technologies/solid-state-batteries/edit", "technology", form);
        form["name"] = "Stale name";
        var stale = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/technologies/solid-state-batteries/edit", "technology", form));

        Assert.EndsWith("/technologies/solid-state-batteries/edit", added.Headers.Location!.OriginalString);
        Assert.Equal(["Solid electrolytes", "Anode-free cells"], seen.Domains);
        Assert.Contains("saved this technology while you were editing", stale.Body!.TextContent);
        var stored = (await editor.ReadAsync("solid-state-batteries"))!;
        Assert.Equal(("Solid-state batteries", SelectionRationale.SupportsFutureIndustries), (stored.Name, stored.Rationale));
        Assert.Equal(["Solid electrolytes"], stored.Domains);
    }

    [Fact]
    public async Task A_technology_without_a_reason_for_selection_is_refused()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));

        var page = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/technologies/new", "technology", new()
        {
            ["version"] = "0", ["slug"] = "vague", ["name"] = "Vague", ["short-name"] = "Vague", ["group"] = "A", ["domains"] = "Something",
        }));

        Assert.Contains("at least one reason", page.QuerySelector("#rationale-error")!.TextContent);
        Assert.Null(await portal.Services.GetRequiredService<TechnologyEditor>().ReadAsync("vague"));
    }
}
