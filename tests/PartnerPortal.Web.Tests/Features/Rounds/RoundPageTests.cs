using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Web.Tests.Features.Rounds;

public class RoundPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Table_6_1_of_a_large_round_is_shown_fifty_countries_a_page_with_links_to_the_others()
    {
        await portal.EnsureDemoRoundAsync("large", countries: 70, technologies: 12, analysts: 2, seed: 5);
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var first = await Html.ParseAsync(await manager.GetAsync("/rounds/large"));
        var second = await Html.ParseAsync(await manager.GetAsync("/rounds/large?page=2"));
        var beyond = await Html.ParseAsync(await manager.GetAsync("/rounds/large?page=9"));

        var firstRows = first.QuerySelectorAll("tr.longlist-row").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        var secondRows = second.QuerySelectorAll("tr.longlist-row").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Equal(50, firstRows.Count);
        Assert.NotEmpty(secondRows);
        Assert.Empty(firstRows.Intersect(secondRows));
        Assert.Contains($"Countries 51–{50 + secondRows.Count} of {50 + secondRows.Count}", second.Body!.TextContent);
        var pages = first.QuerySelectorAll("nav[aria-label='Pages of Table 6.1'] a");
        Assert.Equal(["1", "2"], pages.Select(a => a.TextContent));
        Assert.Equal("page", pages[0].GetAttribute("aria-current"));
        Assert.Equal("/rounds/large?page=2#longlist-heading", pages[1].GetAttribute("href"));
        Assert.Equal(secondRows, beyond.QuerySelectorAll("tr.longlist-row").Select(r => r.QuerySelector("th")!.TextContent));
        foreach (var mistyped in new[] { "abc", "99999999999", "-3" })
        {
            var page = await Html.ParseAsync(await manager.GetAsync($"/rounds/large?page={mistyped}"));
            Assert.Equal(firstRows, page.QuerySelectorAll("tr.longlist-row").Select(r => r.QuerySelector("th")!.TextContent));
        }
    }
}
