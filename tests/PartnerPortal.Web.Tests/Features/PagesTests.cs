using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features;

/// <summary>Each page, fetched as a browser would, shows the study's content.</summary>
public class PagesTests(PortalFactory portal) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private HttpClient _analyst = null!;

    public async Task InitializeAsync() => _analyst = await portal.SignedInAsync(await portal.AddUserAsync("Analyst"));

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<IDocument> GetPageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _analyst.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
    }

    [Fact]
    public async Task The_dashboard_summarises_the_framework_and_lists_the_study_round()
    {
        var page = await GetPageAsync("/");

        Assert.Contains("19 guiding questions", page.Body!.TextContent);
        Assert.Contains("33 technology domains", page.Body.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/rounds/mm-2021']"));
    }

    [Fact]
    public async Task The_method_page_states_the_scoring_conventions_with_the_random_index_the_code_uses_beyond_nine_criteria()
    {
        var page = await GetPageAsync("/framework");

        var conventions = page.QuerySelector("ul.conventions")!.TextContent;
        Assert.Contains("gets closeness 0.5", conventions);
        Assert.Contains("Contributes nothing, by either method.", conventions);
        Assert.Contains("0 when every analyst ties every country", conventions);
        Assert.Equal("1.49 (10), 1.51 (11), 1.48 (12), 1.56 (13), 1.57 (14), 1.59 (15)", page.QuerySelector(".random-index")!.TextContent);
    }

    [Fact]
    public async Task The_criteria_page_shows_every_definition_and_every_guiding_question()
    {
        var page = await GetPageAsync("/framework/criteria");

        var shown = page.QuerySelectorAll(".guiding-questions li").Select(li => li.TextContent.Trim()).ToList();
        var seeded = SeedFileReader.Read(Study.SeedDataDirectory, "guiding-questions.csv").Select(row => row.Text("text")).ToList();
        Assert.Equal(19, seeded.Count);
        Assert.Equal(seeded, shown);
        Assert.Contains("The viability of implementing collaboration in practice", page.Body!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll("section.criterion").Length);
        Assert.Equal(25, page.QuerySelectorAll(".scale-levels dd").Length);
    }

    [Fact]
    public async Task The_method_page_shows_the_motivations_principles_and_instruments()
    {
        var page = await GetPageAsync("/framework");

        Assert.Equal(["Research and innovation excellence", "Economic competitiveness", "Grand challenges", "Diplomacy", "Additionality"],
            page.QuerySelectorAll("section h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Reciprocity", "Transparency", "Accountability", "Equity", "Long-term perspective"],
            page.QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim()));
        Assert.Equal(16, page.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task The_rounds_page_lists_the_study_round_with_its_agency_and_home_country()
    {
        var page = await GetPageAsync("/rounds");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("Innovate UK", row.TextContent);
        Assert.Contains("United Kingdom", row.TextContent);
        Assert.Contains("20 partners × 31 technologies", row.TextContent);
    }

    [Fact]
    public async Task The_technologies_page_has_a_row_for_each_of_the_33_domains_with_its_rationale_flags()
    {
        var page = await GetPageAsync("/technologies");

        var rows = page.QuerySelectorAll("tr.technology-domain");
        Assert.Equal(33, rows.Length);
        var batteries = rows.First(r => r.QuerySelectorAll("td")[1].TextContent.Trim() == "Batteries");
        Assert.Equal(3, batteries.QuerySelectorAll(".rationale-flag").Length);
        Assert.Equal(["Net zero", "Industrial digitalisation and supply chain resilience", "Other M&M thematic priorities"],
            page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task The_countries_page_shows_the_13_priority_partners_with_their_selection_criteria()
    {
        var page = await GetPageAsync("/countries");

        var cards = page.QuerySelectorAll("section.priority-country");
        Assert.Equal(13, cards.Length);
        var taiwan = cards.Single(c => c.QuerySelector("h3")!.TextContent == "Taiwan");
        Assert.Equal(3, taiwan.QuerySelectorAll("li").Length);
        Assert.Contains("Denmark, Norway, Sweden", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_round_page_shows_table_6_1_with_13_country_rows_and_table_6_2_with_16_technologies()
    {
        var page = await GetPageAsync("/rounds/mm-2021");

        var longlist = page.QuerySelectorAll("tr.longlist-row");
        Assert.Equal(["Australia", "Canada", "China", "The EU", "Germany", "India", "Israel", "Japan", "South Korea", "Singapore", "Switzerland", "Taiwan", "The US"],
            longlist.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        var germany = longlist[4].QuerySelectorAll("td").Select(td => td.QuerySelectorAll("li").Select(li => li.TextContent).ToList()).ToList();
        Assert.Equal(["Batteries", "CCUS", "Hydrogen: fuel cells"], germany[0]);
        Assert.Equal(4, germany[1].Count);

        var shortlist = page.QuerySelectorAll("tr.shortlist-row");
        Assert.Equal(16, shortlist.Length);
        Assert.Equal("The EU (France, Germany), Switzerland, Japan, South Korea", shortlist[1].QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_round_answers_404_with_the_not_found_page_pointing_to_the_rounds()
    {
        var page = await GetPageAsync("/rounds/no-such-round", HttpStatusCode.NotFound);

        Assert.Contains("Page not found", page.Title);
        Assert.NotNull(page.QuerySelector("main a[href='/rounds']"));
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_the_not_found_page()
    {
        var page = await GetPageAsync("/no/such/page", HttpStatusCode.NotFound);

        Assert.Contains("Page not found", page.Title);
    }

    [Theory]
    [InlineData("longlist")]
    [InlineData("shortlist")]
    public async Task The_export_links_download_the_published_tables_as_csv(string table)
    {
        using var response = await _analyst.GetAsync($"/rounds/mm-2021/export/{table}.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Study.ExpectedFile($"mm-2021-{table}.csv")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Exporting_an_unknown_round_answers_404()
    {
        using var response = await _analyst.GetAsync("/rounds/no-such-round/export/longlist.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
