using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Workspace;

/// <summary>
/// The scoring matrix as the first response prerenders it, before the circuit starts: the page, its filters and the
/// grid's frame (rows arrive with the circuit, which virtualises them). What the cells say is tested with bUnit
/// (<see cref="ScoringMatrixTests"/>).
/// </summary>
public class ScoringMatrixPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_prerendered_page_lays_out_the_grid_for_the_filter_in_the_address()
    {
        var analyst = await AnalystAsync();

        using var response = await analyst.GetAsync("/rounds/wm/score?country=CHN");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Scoring matrix", page.QuerySelector("h1")!.TextContent);
        var grid = page.QuerySelector("[role=grid]")!;
        var technologies = page.QuerySelectorAll("[role=columnheader][title]");
        Assert.Contains(technologies, t => t.GetAttribute("title") == "Batteries");
        Assert.Equal("2", grid.GetAttribute("aria-rowcount"));
        Assert.Equal((technologies.Length + 1).ToString(), grid.GetAttribute("aria-colcount"));
        Assert.Contains("Clear filters", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("?theme=no-such-theme")]
    [InlineData("?group=-1&country=..%2F..%2Fetc")]
    [InlineData("?country=%C3%A9%E4%B8%AD%F0%9F%98%80&theme=")]
    public async Task A_malformed_filter_in_the_address_shows_the_whole_matrix(string query)
    {
        var analyst = await AnalystAsync();

        using var response = await analyst.GetAsync($"/rounds/wm/score{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var grid = page.QuerySelector("[role=grid]")!;
        Assert.True(int.Parse(grid.GetAttribute("aria-rowcount")!) > 2);
        Assert.DoesNotContain("Clear filters", page.Body!.TextContent);
    }

    private async Task<HttpClient> AnalystAsync()
    {
        var round = await portal.EnsureStudyRoundCopyAsync("wm");
        const string email = "matrix@example.org";
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        if (!await db.Users.AnyAsync(u => u.Email == email))
        {
            await StudyRoundCopy.AddAnalystAsync(portal.Services, round, email, PortalFactory.Password);
        }
        return await portal.SignedInAsync(email);
    }
}
