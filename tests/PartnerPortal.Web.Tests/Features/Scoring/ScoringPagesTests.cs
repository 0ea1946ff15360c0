using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Scoring;

/// <summary>The scoring service's pages over a generated, fully scored round and over the unscored study round.</summary>
public class ScoringPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Demo = "demo";

    private Task EnsureDemoRoundAsync() => portal.EnsureDemoRoundAsync(Demo, countries: 8, technologies: 5, analysts: 3, seed: 3);

    private static async Task<IDocument> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    [Fact]
    public async Task The_ranking_lists_scored_pairs_best_first_with_their_longlist_reason_and_links_to_the_explanation()
    {
        await EnsureDemoRoundAsync();
        // A manager: an analyst sees an open round's figures only of the pairs they have scored (RoundVisibilityTests).
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var page = await PageAsync(manager, $"/rounds/{Demo}/ranking");

        var rows = page.QuerySelectorAll("table.ranking tbody tr");
        Assert.InRange(rows.Length, 1, 40);
        Assert.Equal("1", rows[0].QuerySelectorAll("td")[1].TextContent.Trim());
        var indices = rows.Select(r => double.Parse(r.QuerySelector(".index-value")!.TextContent)).ToList();
        Assert.Equal(indices.OrderDescending(), indices);
        Assert.Contains("requirements", rows[0].TextContent);
        var link = rows[0].QuerySelector("a")!.GetAttribute("href")!;
        var ticked = rows.Take(2).Select(r => "pair=" + Uri.EscapeDataString(r.QuerySelector("input[name=pair]")!.GetAttribute("value")!));
        var radar = await PageAsync(manager, $"/rounds/{Demo}/radar?{string.Join("&", ticked)}");
        Assert.Equal(2, radar.QuerySelectorAll("table tbody tr").Length);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(radar.QuerySelector("#radar")!.GetAttribute("data-radar")!).RootElement.GetProperty("series").GetArrayLength());
        var explanation = await PageAsync(manager, link);
        Assert.Contains("Scores by criterion", explanation.Body!.TextContent);
        Assert.Equal(5, explanation.QuerySelectorAll("#criteria-heading ~ div table tbody tr").Length);
    }

    [Fact]
    public async Task The_ranking_gives_each_technologys_kendalls_w_its_chi_square_p_value()
    {
        await EnsureDemoRoundAsync();
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var page = await PageAsync(manager, $"/rounds/{Demo}/ranking");

        var cells = page.QuerySelectorAll("#agreement-heading ~ table td.agreement-p");
        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.Matches(@"^(< 0\.001|[01]\.\d{3}) \(χ² \d+\.\d, df \d+\)( †)?$", cell.TextContent.Trim()));
    }

    [Fact]
    public async Task The_study_rounds_ranking_says_nothing_is_scored_yet_instead_of_an_empty_table()
    {
        var analyst = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));

        var page = await PageAsync(analyst, $"/rounds/{Study.RoundSlug}/ranking");

        Assert.Contains("No pair is fully scored yet", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("table.ranking"));
    }
}
