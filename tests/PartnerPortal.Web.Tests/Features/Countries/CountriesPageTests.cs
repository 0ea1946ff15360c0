using Bunit;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Web.Features.Countries;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Countries;

/// <summary>The list of countries in a circuit: searching the grid, and the edit links only admins get.</summary>
public class CountriesPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private IRenderedComponent<CountriesPage> RenderPage(string role)
    {
        SignIn($"id-{Guid.NewGuid():N}", "someone@example.org", role);
        var page = Render<CountriesPage>();
        page.WaitForElement(".countries-grid tbody tr", Patience);
        return page;
    }

    [Fact]
    public async Task Searching_by_region_or_code_leaves_only_the_matching_countries_in_the_grid()
    {
        var page = RenderPage(PortalRoles.Analyst);

        await page.InvokeAsync(() => page.Find("#country-search").Input("south asia"));
        page.WaitForAssertion(() => Assert.Equal(["India"], page.FindAll(".countries-grid tbody a.country-link").Select(a => a.TextContent.Trim())), Patience);
        await page.InvokeAsync(() => page.Find("#country-search").Input("JP"));
        page.WaitForAssertion(() => Assert.Equal(["Japan"], page.FindAll(".countries-grid tbody a.country-link").Select(a => a.TextContent.Trim())), Patience);
    }

    [Fact]
    public void Only_admins_get_the_edit_links_and_the_add_button()
    {
        var analyst = RenderPage(PortalRoles.Analyst);
        Assert.Empty(analyst.FindAll("a[href$='/edit']"));
        Assert.Empty(analyst.FindAll("a[href='/countries/new']"));

        var admin = RenderPage(PortalRoles.Admin);
        Assert.NotNull(admin.Find("a[href='/countries/CHN/edit']"));
        Assert.NotNull(admin.Find("a[href='/countries/new']"));
    }
}
