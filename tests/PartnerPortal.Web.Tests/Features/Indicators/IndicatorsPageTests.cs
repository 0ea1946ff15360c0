using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Web.Features.Indicators;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Indicators;

/// <summary>The indicator catalogue and its editor in a circuit: validation at the field, duplicates, conflicts, audit, admins only.</summary>
public class IndicatorsPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private IRenderedComponent<EditIndicatorPage> RenderEditor(string? code = null)
    {
        RenderProviders();
        var page = Render<EditIndicatorPage>(p => p.Add(x => x.Code, code));
        page.WaitForElement("#name", Patience);
        return page;
    }

    private static void Fill(IRenderedComponent<EditIndicatorPage> page, string name, string? code = "PUB.AI")
    {
        if (code is not null)
        {
            page.Find("#code").Change(code);
        }
        page.Find("#name").Change(name);
        page.Find("#unit").Change("count");
        page.Find("#source").Change("OpenAlex");
        page.Find("#description").Change("Publications on artificial intelligence");
    }

    private static string FieldText(IRenderedComponent<EditIndicatorPage> page, string id) => page.Find(id).Closest(".mud-input-control")!.TextContent;

    [Fact]
    public async Task An_admin_adds_an_indicator_of_their_own_and_everyone_sees_it_in_the_catalogue()
    {
        var admin = await SignInNewAsync(PortalRoles.Admin);

        var refused = RenderEditor();
        Fill(refused, name: "");
        ClickButton(refused, "Add the indicator");
        refused.WaitForAssertion(() => Assert.Contains("Give the indicator's name.", FieldText(refused, "#name")), Patience);
        var added = RenderEditor();
        Fill(added, "AI publications");
        ClickButton(added, "Add the indicator");
        added.WaitForAssertion(() => Assert.EndsWith("/indicators", Services.GetRequiredService<NavigationManager>().Uri), Patience);
        var duplicate = RenderEditor();
        Fill(duplicate, "AI publications again");
        ClickButton(duplicate, "Add the indicator");
        duplicate.WaitForAssertion(() => Assert.Contains("There is already an indicator 'PUB.AI'.", FieldText(duplicate, "#code")), Patience);
        await SignInNewAsync(PortalRoles.Analyst);
        var catalogue = Render<IndicatorsPage>();
        catalogue.WaitForElement(".indicator-catalogue tbody tr", Patience);

        Assert.Equal("AI publications", (await Portal.Services.GetRequiredService<IndicatorCatalog>().ReadAsync("PUB.AI"))!.Name);
        var row = catalogue.FindAll(".indicator-catalogue tbody tr").Single(r => r.TextContent.Contains("PUB.AI"));
        Assert.Contains("AI publications", row.TextContent);
        Assert.Contains("no data yet", row.TextContent);
        Assert.Empty(row.QuerySelectorAll("a[href$='/edit']"));
        Assert.Equal(17, catalogue.FindAll(".indicator-catalogue tbody tr").Count - 1);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Contains(await db.AuditLog.AsNoTracking().Where(a => a.EntityType == "Indicator" && a.Action == "added").ToListAsync(),
            a => a.Actor == admin && a.NewValues!.Contains("PUB.AI"));
    }

    [Fact]
    public async Task The_catalogue_is_searched_by_name_code_or_source()
    {
        await SignInNewAsync(PortalRoles.Analyst);
        var catalogue = Render<IndicatorsPage>();
        catalogue.WaitForElement(".indicator-catalogue tbody tr", Patience);

        catalogue.Find("#indicator-search").Input("UNICORNS");

        catalogue.WaitForAssertion(() => Assert.Single(catalogue.FindAll(".indicator-catalogue tbody tr")), Patience);
        Assert.Contains("UNICORNS", catalogue.Find(".indicator-catalogue tbody tr").TextContent);
    }

    [Fact]
    public async Task A_stale_edit_of_an_indicator_is_refused_and_keeps_what_was_typed()
    {
        var other = await Portal.AddUserAsync(PortalRoles.Admin);
        await SignInNewAsync(PortalRoles.Admin);
        var page = RenderEditor("UNICORNS");
        var catalog = Portal.Services.GetRequiredService<IndicatorCatalog>();
        using (AuditActing.As(other))
        {
            Assert.Null(await catalog.SaveAsync((await catalog.ReadAsync("UNICORNS"))! with { Name = "Unicorn start-ups" }));
        }

        Fill(page, "Unicorns (stale)", code: null);
        ClickButton(page, "Save");

        page.WaitForAssertion(() => Assert.Contains($"{other} saved this indicator while you were editing (now “Unicorn start-ups”)", page.Find(".conflict").TextContent), Patience);
        Assert.Equal("Unicorns (stale)", page.Find("#name").GetAttribute("value"));
        Assert.Equal("Unicorn start-ups", (await catalog.ReadAsync("UNICORNS"))!.Name);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_add_an_indicator()
    {
        await SignInNewAsync(PortalRoles.PortfolioManager);
        var page = RenderEditor();

        Fill(page, "Sneaked in", code: "SNEAK");
        ClickButton(page, "Add the indicator");

        page.WaitForAssertion(() => Assert.Contains("Only admins change the framework", page.Markup), Patience);
        Assert.Null(await Portal.Services.GetRequiredService<IndicatorCatalog>().ReadAsync("SNEAK"));
    }
}
