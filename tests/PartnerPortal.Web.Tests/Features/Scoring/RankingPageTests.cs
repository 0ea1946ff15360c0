using System.Net;
using Bunit;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Scoring;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Scoring;

/// <summary>The ranking grid, a pair's explanation and the radar in a circuit (bUnit over the real services and database), and as first served.</summary>
public class RankingPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private const string Demo = "ranking-demo";
    private async Task<IRenderedComponent<RankingPage>> RankingAsync()
    {
        await Portal.EnsureDemoRoundAsync(Demo, countries: 8, technologies: 5, analysts: 3, seed: 3);
        SignIn("manager-ranking", "manager-ranking@example.org", PortalRoles.PortfolioManager);
        RenderProviders();
        var page = Render<RankingPage>(p => p.Add(x => x.Slug, Demo));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".ranking-grid tbody tr .index-value")), Patience);
        return page;
    }

    private static List<double> Indices(IRenderedComponent<RankingPage> page) =>
        [.. page.FindAll(".ranking-grid tbody tr .index-value").Select(e => double.Parse(e.TextContent))];

    [Fact]
    public async Task The_ranking_lists_scored_pairs_best_first_with_their_longlist_reason_and_links_to_the_explanation()
    {
        var page = await RankingAsync();

        var rows = page.FindAll(".ranking-grid tbody tr");
        Assert.Equal("1", rows[0].QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal(Indices(page).OrderDescending(), Indices(page));
        Assert.Contains("requirements", page.Find(".ranking-grid tbody tr .longlist-reason").TextContent);
        Assert.StartsWith($"/rounds/{Demo}/pairs/", rows[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Sorting_by_a_criterion_orders_the_whole_ranking_and_the_export_link_carries_the_same_sort()
    {
        var page = await RankingAsync();
        var header = page.FindAll(".ranking-grid thead th").First(th => th.TextContent.Contains("Feasibility"));

        await page.InvokeAsync(() => header.QuerySelector(".sortable-column-header")!.Click());

        page.WaitForAssertion(() => Assert.Contains("sort=feasibility", page.Find("#export-csv").GetAttribute("href")), Patience);
        var column = page.FindAll(".ranking-grid thead th").ToList().FindIndex(th => th.TextContent.Contains("Feasibility"));
        var means = page.FindAll(".ranking-grid tbody tr").Select(r => double.Parse(System.Text.RegularExpressions.Regex.Match(r.QuerySelectorAll("td")[column].TextContent, @"\d+\.\d").Value)).ToList();
        Assert.True(means.SequenceEqual(means.Order()) || means.SequenceEqual(means.OrderDescending()), string.Join(", ", means));
    }

    [Fact]
    public async Task A_technology_filter_narrows_the_rows_the_count_and_the_export_to_that_technology()
    {
        var page = await RankingAsync();
        var bar = page.FindComponent<RankingFilterBar>();
        var technology = bar.Instance.Technologies[0];

        await bar.InvokeAsync(() => bar.Instance.FilterChanged.InvokeAsync(RankingFilter.None with { TechnologySlug = technology.Slug }));

        page.WaitForAssertion(() => Assert.All(page.FindAll(".ranking-grid tbody tr a"), a => Assert.EndsWith("/" + technology.Slug, a.GetAttribute("href"))), Patience);
        Assert.Contains("match", page.Find("#ranking-count").TextContent);
        Assert.Contains($"technology={technology.Slug}", page.Find("#export-xlsx").GetAttribute("href"));
    }

    [Fact]
    public async Task Each_row_shows_its_screening_level_and_a_screening_filter_narrows_the_rows_and_the_export()
    {
        var page = await RankingAsync();
        var column = page.FindAll(".ranking-grid thead th").ToList().FindIndex(th => th.TextContent.Contains("Screening"));
        Assert.True(column > 0);
        var levels = page.FindAll(".ranking-grid tbody tr").Select(r => r.QuerySelectorAll("td")[column].TextContent.Trim()).ToList();
        Assert.All(levels, level => Assert.Contains(level, new[] { "Low", "Medium", "High" }));
        var bar = page.FindComponent<RankingFilterBar>();

        await bar.InvokeAsync(() => bar.Instance.FilterChanged.InvokeAsync(RankingFilter.None with { Screening = Domain.ResearchSecurity.ScreeningLevel.Medium }));

        page.WaitForAssertion(() =>
        {
            var rows = page.FindAll(".ranking-grid tbody tr");
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal("Medium", r.QuerySelectorAll("td")[column].TextContent.Trim()));
        }, Patience);
        Assert.Contains("screening=medium", page.Find("#export-csv").GetAttribute("href"));
    }

    [Fact]
    public async Task A_fifth_pair_for_the_radar_is_refused_with_a_message_not_dropped_silently()
    {
        var page = await RankingAsync();

        for (var i = 0; i < 5; i++)
        {
            var index = i;
            await page.InvokeAsync(() => page.FindAll(".ranking-grid tbody input[type=checkbox]")[index].Change(true));
        }

        page.WaitForAssertion(() => Assert.Contains("Compare 4 on a radar", page.Find("#compare-radar").TextContent), Patience);
        Snackbars.WaitForAssertion(() => Assert.Contains("up to 4 pairs", Snackbars.Markup), Patience);
        Assert.Equal(4, page.Find("#compare-radar").GetAttribute("href")!.Split("pair=").Length - 1);
    }

    [Fact]
    public async Task The_radar_says_which_pairs_beyond_four_it_leaves_out()
    {
        var page = await RankingAsync();
        var keys = page.FindAll(".ranking-grid tbody tr a").Take(5).Select(a => string.Join('/', a.GetAttribute("href")!.Split('/')[^2..])).ToList();
        var browser = await Portal.SignedInAsync(await Portal.AddUserAsync(PortalRoles.PortfolioManager));

        var radar = await Html.ParseAsync(await browser.GetAsync($"/rounds/{Demo}/radar?{string.Join("&", keys.Select(k => "pair=" + Uri.EscapeDataString(k)))}"));

        Assert.Equal(4, radar.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("left out", radar.QuerySelector("#refused-pairs")!.TextContent);
    }

    [Fact]
    public async Task The_ranking_gives_each_technologys_kendalls_w_its_chi_square_p_value()
    {
        var page = await RankingAsync();

        var cells = page.FindAll(".agreement td.agreement-p");
        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.Matches(@"^(< 0\.001|[01]\.\d{3}) \(χ² \d+\.\d, df \d+\)( †)?$", cell.TextContent.Trim()));
    }

    [Fact]
    public async Task The_study_rounds_ranking_says_nothing_is_scored_yet_instead_of_an_empty_grid()
    {
        var analyst = await Portal.SignedInAsync(await Portal.AddUserAsync(PortalRoles.Analyst));

        var response = await analyst.GetAsync($"/rounds/{Study.RoundSlug}/ranking");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("No pair is fully scored yet", page.Body!.TextContent);
        Assert.Null(page.QuerySelector(".ranking-grid"));
    }

    [Fact]
    public async Task A_manager_reads_each_analysts_scores_and_evidence_on_the_pair_page()
    {
        var page = await RankingAsync();
        var link = page.Find(".ranking-grid tbody tr a").GetAttribute("href")!;
        var manager = await Portal.SignedInAsync(await Portal.AddUserAsync(PortalRoles.PortfolioManager));

        var explanation = await Html.ParseAsync(await manager.GetAsync(link));

        Assert.Contains("Scores by criterion", explanation.Body!.TextContent);
        Assert.Equal(5, explanation.QuerySelectorAll(".criteria-table tbody tr").Length);
        Assert.Contains("The analysts' scores and evidence", explanation.Body.TextContent);
        Assert.Equal(5, explanation.QuerySelectorAll(".analyst-evidence .evidence-criterion").Length);
        Assert.NotEmpty(explanation.QuerySelectorAll(".evidence-scores li .evidence-value"));
    }
}
