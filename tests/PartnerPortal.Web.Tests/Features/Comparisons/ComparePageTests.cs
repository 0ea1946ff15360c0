using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Comparisons;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Comparisons;

/// <summary>Comparing rounds in a circuit: long lists of changes open in full on request.</summary>
public class ComparePageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_list_longer_than_fifty_shows_the_rest_on_request_instead_of_only_saying_how_many_more()
    {
        await Portal.EnsureDemoRoundAsync("compare-demo", countries: 30, technologies: 12, analysts: 2, seed: 2);
        SignIn("manager-compare", "manager-compare@example.org", PortalRoles.PortfolioManager);
        RenderProviders();
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/rounds/compare-demo/compare?with={Study.RoundSlug}");

        var page = Render<ComparePage>(p => p.Add(x => x.Slug, "compare-demo"));
        page.WaitForElement(".pair-change-list", TimeSpan.FromSeconds(20));
        var longList = page.FindComponents<PairChangeList>().First(l => l.Instance.Pairs.Count > 50);
        Assert.Equal(50, longList.FindAll("li").Count);

        await longList.InvokeAsync(() => longList.Find("button").Click());

        Assert.Equal(longList.Instance.Pairs.Count, longList.FindAll("li").Count);
        Assert.Equal("true", longList.Find("button").GetAttribute("aria-expanded"));
    }
}
