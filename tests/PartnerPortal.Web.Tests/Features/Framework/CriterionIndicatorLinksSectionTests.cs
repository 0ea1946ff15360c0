using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Infrastructure.Contradictions;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Web.Features.Framework;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Framework;

/// <summary>The indicators linked to a criterion on its edit page in a circuit: link, reverse, remove after a confirmation, refusals at the field, admins only.</summary>
public class CriterionIndicatorLinksSectionTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private const string RdSpending = "GB.XPD.RSDV.GD.ZS";

    private CriterionIndicatorLinksEditor Editor => Portal.Services.GetRequiredService<CriterionIndicatorLinksEditor>();

    private IRenderedComponent<CriterionIndicatorLinksSection> RenderSection(string criterion)
    {
        RenderProviders();
        var section = Render<CriterionIndicatorLinksSection>(p => p.Add(x => x.CriterionCode, criterion));
        section.WaitForElement("#add-link", Patience);
        return section;
    }

    private static void ChooseIndicator(IRenderedComponent<CriterionIndicatorLinksSection> section, string code) =>
        section.InvokeAsync(() => section.FindComponents<MudSelect<string>>().Single().Instance.ValueChanged.InvokeAsync(code)).GetAwaiter().GetResult();

    private static void ChooseDirection(IRenderedComponent<CriterionIndicatorLinksSection> section, bool higherSupportsHigher) =>
        section.InvokeAsync(() => section.FindComponents<MudSelect<bool>>().Single().Instance.ValueChanged.InvokeAsync(higherSupportsHigher)).GetAwaiter().GetResult();

    [Fact]
    public async Task An_admin_links_an_indicator_reverses_it_and_removes_it_after_confirming_each_change_audited()
    {
        var admin = await SignInNewAsync(PortalRoles.Admin);
        var section = RenderSection("additionality");
        Assert.Contains("country-level while scores are country × technology", section.Markup);

        ChooseIndicator(section, RdSpending);
        ChooseDirection(section, false);
        ClickButton(section, "Link the indicator");
        section.WaitForAssertion(() => Assert.Contains("Higher value, lower score", Assert.Single(section.FindAll(".criterion-link"), r => r.TextContent.Contains("Research and development expenditure")).TextContent), Patience);
        Click(section, "button[aria-label='Reverse the direction of Research and development expenditure']");
        section.WaitForAssertion(() => Assert.Contains("Higher value, higher score", Assert.Single(section.FindAll(".criterion-link"), r => r.TextContent.Contains("Research and development expenditure")).TextContent), Patience);
        Assert.True(Assert.Single(await Editor.ListAsync("additionality"), l => l.Code == RdSpending).HigherValueSupportsHigherScore);

        Click(section, "button[aria-label='Remove Research and development expenditure']");
        Dialogs.WaitForAssertion(() => Assert.Contains("Remove the link?", Dialogs.Markup), Patience);
        ClickButton(Dialogs, "Remove");

        section.WaitForAssertion(() => Assert.DoesNotContain("Research and development expenditure", string.Concat(section.FindAll(".criterion-link").Select(r => r.TextContent))), Patience);
        Assert.DoesNotContain(await Editor.ListAsync("additionality"), l => l.Code == RdSpending);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(["added", "modified", "deleted"], await db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == nameof(CriterionIndicatorLink) && a.Actor == admin).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Linking_without_choosing_an_indicator_says_so_at_the_field_and_keeping_a_link_changes_nothing()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var before = await Editor.ListAsync("rie");
        var section = RenderSection("rie");

        ClickButton(section, "Link the indicator");
        section.WaitForAssertion(() => Assert.Contains("Choose an indicator.", section.Find("#link-indicator").Closest(".mud-input-control")!.TextContent), Patience);
        Click(section, $"button[aria-label='Remove {before[0].Name}']");
        Dialogs.WaitForAssertion(() => Assert.Contains("Remove the link?", Dialogs.Markup), Patience);
        ClickButton(Dialogs, "Keep it");

        Dialogs.WaitForAssertion(() => Assert.DoesNotContain("Remove the link?", Dialogs.Markup), Patience);
        Assert.Equal(before, await Editor.ListAsync("rie"));
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_link_an_indicator()
    {
        await SignInNewAsync(PortalRoles.Analyst);
        var section = RenderSection("challenges");

        ChooseIndicator(section, RdSpending);
        ClickButton(section, "Link the indicator");

        section.WaitForAssertion(() => Assert.Contains("Only admins change the framework", section.Markup), Patience);
        Assert.DoesNotContain(await Editor.ListAsync("challenges"), l => l.Code == RdSpending);
    }
}
