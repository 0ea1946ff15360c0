using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Rounds;

/// <summary>The download links: the ranking as the grid shows it, the Word report, and a clear 400 for a format an export does not come in.</summary>
public class RoundExportEndpointsTests(PortalFactory portal) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private const string Demo = "demo-downloads";
    private static readonly RoundViewer Manager = new("manager-id", [PortalRoles.PortfolioManager]);
    private HttpClient _manager = null!;

    public async Task InitializeAsync()
    {
        _manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        await portal.EnsureDemoRoundAsync(Demo, 6, 5, 3);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_ranking_downloads_as_a_workbook_with_a_header_row_and_one_row_of_numbers_per_ranked_pair()
    {
        var ranked = await portal.Services.GetRequiredService<RoundRanking>().ReadAsync(Demo, Manager);

        using var response = await _manager.GetAsync($"/rounds/{Demo}/export/ranking.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{Demo}-ranking.xlsx", response.Content.Headers.ContentDisposition!.FileName);
        var sheet = OfficeFiles.ReadSheet(await response.Content.ReadAsByteArrayAsync());
        Assert.True(sheet.HeaderFrozen);
        Assert.Equal(["Rank", "Index", "Country"], sheet.Rows[0].Take(3).Select(c => c.Text));
        Assert.Equal(ranked.Rows.Count + 1, sheet.Rows.Count);
        Assert.All(sheet.Rows.Skip(1), r => Assert.True(r[0].IsNumber && r[1].IsNumber && r[7].IsNumber && r[8].IsNumber));
        Assert.Equal(ranked.Rows.Select(r => r.CountryName), sheet.Rows.Skip(1).Select(r => r[2].Text));
    }

    [Fact]
    public async Task The_ranking_csv_with_the_grids_filter_and_sort_holds_exactly_the_rows_the_grid_shows()
    {
        var ranking = portal.Services.GetRequiredService<RoundRanking>();
        var technology = (await ranking.ReadAsync(Demo, Manager)).Rows[0].TechnologySlug;
        var shown = await ranking.ReadAsync(Demo, Manager, new RankingFilter(TechnologySlug: technology), new RankingSort(RankingColumn.CriterionMean, Descending: true, Criterion: 1));

        var csv = await _manager.GetStringAsync($"/rounds/{Demo}/export/ranking.csv?technology={technology}&sort=economic&order=desc");

        var records = new Infrastructure.Csv.CsvRecordReader(new StringReader(csv)).ReadAll().Select(r => r.Fields).ToList();
        Assert.Equal(shown.Rows.Select(r => r.CountryCode), records.Skip(1).Select(r => r[3]));
        Assert.All(records.Skip(1), r => Assert.Equal(technology, r[5]));
    }

    [Fact]
    public async Task The_round_report_downloads_as_a_word_document_holding_both_tables_and_every_accepted_pair()
    {
        var accepted = await portal.Services.GetRequiredService<RoundExporter>().OpportunitiesAsync(Study.RoundSlug, Manager);

        using var response = await _manager.GetAsync($"/rounds/{Study.RoundSlug}/export/report.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RoundReportWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        var report = OfficeFiles.ReadWord(await response.Content.ReadAsByteArrayAsync());
        Assert.True(report.Problems.Count == 0, string.Join(Environment.NewLine, report.Problems));
        Assert.Equal(["Country/territory", "Net-zero manufacturing", "Industrial digitalisation and supply chain resilience", "Other/general"], report.Table("Country/territory")[0]);
        Assert.Equal(["Theme", "Shortlisted technology", "Countries and territories", "Rationale — technology highlights"], report.Table("Theme")[0]);
        Assert.NotEmpty(accepted);
        Assert.All(accepted, o => Assert.Contains($"{o.Technology} – {o.Country}", report.Headings(2)));
    }

    [Theory]
    [InlineData("ranking.json", HttpStatusCode.BadRequest, "The ranking downloads as csv or xlsx, not 'json'.")]
    [InlineData("report.pdf", HttpStatusCode.BadRequest, "The report downloads as docx, not 'pdf'.")]
    [InlineData("longlist.pdf", HttpStatusCode.BadRequest, "The longlist downloads as csv, json or xlsx, not 'pdf'.")]
    [InlineData("wishlist.csv", HttpStatusCode.NotFound, "A round has no 'wishlist' export; there are longlist, shortlist, ranking, report.")]
    [InlineData("ranking.csv?longlist=perhaps", HttpStatusCode.BadRequest, "The ranking's filter and sort are: longlist=longlisted|not-longlisted|no-evidence")]
    [InlineData("ranking.xlsx?sort=colour", HttpStatusCode.BadRequest, "sort=rank|index|country|technology|theme|rank-in-technology|longlist|disagreement|decision|screening|contradictions|rie|rie-sd|")]
    [InlineData("ranking.csv?order=sideways", HttpStatusCode.BadRequest, "order=asc|desc")]
    public async Task An_export_in_a_format_it_does_not_come_in_or_with_a_filter_the_grid_cannot_send_is_refused_saying_what_it_takes(string export, HttpStatusCode status, string message)
    {
        using var response = await _manager.GetAsync($"/rounds/{Demo}/export/{export}");

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_analyst_not_assigned_to_an_open_round_may_download_neither_its_ranking_nor_its_report()
    {
        var analyst = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));

        using var ranking = await analyst.GetAsync($"/rounds/{Demo}/export/ranking.csv");
        using var report = await analyst.GetAsync($"/rounds/{Demo}/export/report.docx");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (ranking.StatusCode, report.StatusCode));
    }
}
