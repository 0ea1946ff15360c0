using Bunit;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Web.Features.Dashboard;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Dashboard;

/// <summary>The home page in a circuit: where each role starts, and the rounds with the example-data badge.</summary>
public class DashboardPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private IReadOnlyList<string> StartCards(params string[] roles)
    {
        SignIn($"id-{Guid.NewGuid():N}", "someone@example.org", roles);
        var page = Render<DashboardPage>();
        page.WaitForElement("#start-heading", Patience);
        return page.FindAll(".start-card h3").Select(h => h.TextContent.Trim()).ToList();
    }

    [Fact]
    public void Each_role_is_shown_where_to_start_and_everyone_how_to_learn_the_method()
    {
        Assert.Equal(["Score pairs", "Learn the method"], StartCards(PortalRoles.Analyst));
        Assert.Equal(["Review a round", "Learn the method"], StartCards(PortalRoles.PortfolioManager));
        Assert.Equal(["Set up", "Learn the method"], StartCards(PortalRoles.Admin));
        Assert.Equal(["Score pairs", "Review a round", "Set up", "Learn the method"], StartCards(PortalRoles.Analyst, PortalRoles.PortfolioManager, PortalRoles.Admin));
    }

    [Fact]
    public void The_home_page_lists_the_rounds_with_their_catalogue_figures()
    {
        SignIn($"id-{Guid.NewGuid():N}", "someone@example.org", PortalRoles.Analyst);

        var page = Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("a.home-round[href='/rounds/mm-2021']")), Patience);
        Assert.Contains("19 guiding questions", page.Markup);
    }
}
