using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Technologies;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Technologies;
using PartnerPortal.Web.Features.Technologies;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Technologies;

/// <summary>Adding and editing a technology in a circuit: validation at the field, the version check, audit, admins only.</summary>
public class EditTechnologyPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private IRenderedComponent<EditTechnologyPage> RenderEditor(string? slug = null)
    {
        RenderProviders();
        var page = Render<EditTechnologyPage>(p => p.Add(x => x.Slug, slug));
        page.WaitForElement("#name", Patience);
        return page;
    }

    private static void Tick(IRenderedComponent<EditTechnologyPage> page, string label) =>
        page.InvokeAsync(() => page.FindAll("label").First(l => l.TextContent.Trim().StartsWith(label, StringComparison.Ordinal)).QuerySelector("input")!.Change(true)).GetAwaiter().GetResult();

    private static void Fill(IRenderedComponent<EditTechnologyPage> page, string slug, string name, string domains)
    {
        page.Find("#slug").Change(slug);
        page.Find("#name").Change(name);
        page.Find("#short-name").Change("Solid-state");
        page.Find("#domains").Change(domains);
    }

    private TechnologyEditor Editor => Portal.Services.GetRequiredService<TechnologyEditor>();

    [Fact]
    public async Task An_admin_adds_a_technology_to_a_group_and_edits_its_domains_with_a_version_check()
    {
        var admin = await SignInNewAsync(PortalRoles.Admin);
        var page = RenderEditor();
        Fill(page, "solid-state-batteries", "Solid-state batteries", "Solid electrolytes\nAnode-free cells");
        Tick(page, SelectionRationaleText.All.Single(r => r.Flag == SelectionRationale.SupportsFutureIndustries).Label);

        ClickButton(page, "Add the technology");
        page.WaitForAssertion(() => Assert.EndsWith("/technologies/solid-state-batteries/edit", Services.GetRequiredService<NavigationManager>().Uri), Patience);
        var seen = (await Editor.ReadAsync("solid-state-batteries"))!;
        var editing = RenderEditor("solid-state-batteries");
        editing.Find("#domains").Change("Solid electrolytes");
        ClickButton(editing, "Save");
        Snackbars.WaitForAssertion(() => Assert.Contains("Saved.", Snackbars.Markup), Patience);
        var stale = RenderEditor("solid-state-batteries");
        Assert.Null(await Editor.SaveAsync((await Editor.ReadAsync("solid-state-batteries"))! with { ShortName = "Solid-state cells" }));
        stale.Find("#name").Change("Stale name");
        ClickButton(stale, "Save");

        stale.WaitForAssertion(() => Assert.Contains("saved this technology while you were editing", stale.Find(".conflict").TextContent), Patience);
        Assert.Equal("Stale name", stale.Find("#name").GetAttribute("value"));
        Assert.Equal(["Solid electrolytes", "Anode-free cells"], seen.Domains);
        var stored = (await Editor.ReadAsync("solid-state-batteries"))!;
        Assert.Equal(("Solid-state batteries", SelectionRationale.SupportsFutureIndustries), (stored.Name, stored.Rationale));
        Assert.Equal(["Solid electrolytes"], stored.Domains);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Contains(await db.AuditLog.AsNoTracking().Where(a => a.EntityType == "Technology").ToListAsync(),
            a => a.Action == "added" && a.Actor == admin && a.NewValues!.Contains("solid-state-batteries"));
    }

    [Fact]
    public async Task A_technology_without_a_reason_for_selection_is_refused_with_the_message_under_the_reasons()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var page = RenderEditor();
        Fill(page, "vague", "Vague", "Something");

        ClickButton(page, "Add the technology");

        page.WaitForAssertion(() => Assert.Contains("at least one reason", page.Find("#rationale-error").TextContent), Patience);
        Assert.Null(await Editor.ReadAsync("vague"));
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_change_a_technology()
    {
        await SignInNewAsync(PortalRoles.Analyst);
        var before = (await Editor.ReadAsync("batteries"))!;
        var page = RenderEditor("batteries");

        page.Find("#name").Change("Hijacked");
        ClickButton(page, "Save");

        page.WaitForAssertion(() => Assert.Contains("Only admins change the framework", page.Markup), Patience);
        Assert.Equal((before.Name, before.Version), ((await Editor.ReadAsync("batteries"))!.Name, (await Editor.ReadAsync("batteries"))!.Version));
    }
}
