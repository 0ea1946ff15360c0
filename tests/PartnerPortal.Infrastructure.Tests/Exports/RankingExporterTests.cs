using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Exports;

/// <summary>The ranking as a spreadsheet: every ranked pair the viewer may see, or exactly the rows a grid shows, with numbers as numbers.</summary>
public class RankingExporterTests : SeededStudyTests
{
    private const string Slug = "demo-export";
    private static readonly RoundViewer Manager = new("manager-id", [PortalRoles.PortfolioManager]);

    private async Task<RankingTable> DemoRoundAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoRoundGenerator>().GenerateAsync(Slug, 8, 6, 3, 1);
        }
        var table = await Services.GetRequiredService<RoundRanking>().ReadAsync(Slug, Manager);
        var (first, second) = (table.Rows[0], table.Rows[1]);
        var decisions = Services.GetRequiredService<ShortlistDecisions>();
        Assert.Null(await decisions.DecideAsync(Slug, first.CountryCode, first.TechnologySlug, ShortlistDecision.Accepted, "Best placed,=SUM(A1)", null));
        Assert.Null(await decisions.DecideAsync(Slug, second.CountryCode, second.TechnologySlug, ShortlistDecision.Deferred, "Ask again next year.", null));
        return await Services.GetRequiredService<RoundRanking>().ReadAsync(Slug, Manager);
    }

    private async Task<byte[]> ExportAsync(ExportFormat format, RankingFilter? filter = null, RankingSort? sort = null)
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RankingExporter>().ExportAsync(Slug, format, output, Manager, filter, sort);
        return output.ToArray();
    }

    [Fact]
    public async Task The_workbook_has_a_frozen_header_row_and_one_row_per_ranked_pair_with_its_figures_stored_as_numbers()
    {
        var table = await DemoRoundAsync();

        var sheet = OfficeFiles.ReadSheet(await ExportAsync(ExportFormat.Xlsx));

        Assert.True(sheet.Problems.Count == 0, string.Join(Environment.NewLine, sheet.Problems));
        Assert.Equal("Ranking", sheet.Name);
        Assert.True(sheet.HeaderFrozen);
        var header = sheet.Rows[0].Select(c => c.Text).ToList();
        Assert.Equal(["Rank", "Index", "Country", "Country code", "Technology", "Technology slug", "Theme", "Rank in technology",
            "Research and innovation excellence: mean", "Research and innovation excellence: SD"], header.Take(10));
        Assert.Equal(["Analysts disagree on", "Longlist", "Longlist reason", "Decision", "Rationale", "Research-security screening", "Scores contradicting the data"], header.TakeLast(7));
        Assert.All(sheet.Rows[0], c => Assert.False(c.IsNumber));
        Assert.Equal(table.Rows.Count, sheet.Rows.Count - 1);
        foreach (var (row, cells) in table.Rows.Zip(sheet.Rows.Skip(1)))
        {
            Assert.True(cells[0].IsNumber && cells[1].IsNumber && cells[7].IsNumber && cells[8].IsNumber);
            Assert.Equal(row.Rank, int.Parse(cells[0].Text, CultureInfo.InvariantCulture));
            Assert.Equal(row.Index, double.Parse(cells[1].Text, CultureInfo.InvariantCulture), 12);
            Assert.Equal(row.Criteria[0].Mean, double.Parse(cells[8].Text, CultureInfo.InvariantCulture), 12);
            Assert.Equal((row.CountryName, row.CountryCode, row.TechnologySlug), (cells[2].Text, cells[3].Text, cells[5].Text));
        }
        Assert.Equal(["Accepted", "Best placed,=SUM(A1)"], sheet.Rows[1].SkipLast(2).TakeLast(2).Select(c => c.Text));
        Assert.Equal(["Deferred", "Ask again next year."], sheet.Rows[2].SkipLast(2).TakeLast(2).Select(c => c.Text));
        Assert.All(sheet.Rows.Skip(1), cells => Assert.Contains(cells[^2].Text, new[] { "Low", "Medium", "High" }));
        Assert.All(sheet.Rows.Skip(1), cells => Assert.True(cells[^1].IsNumber));
    }

    [Fact]
    public async Task The_csv_holds_the_same_rows_with_a_decimal_point_and_a_formula_in_a_rationale_neutralised()
    {
        var table = await DemoRoundAsync();

        var lines = System.Text.Encoding.UTF8.GetString(await ExportAsync(ExportFormat.Csv)).TrimEnd('\n').Split('\n');

        Assert.Equal(table.Rows.Count + 1, lines.Length);
        Assert.StartsWith("Rank,Index,Country,Country code,Technology,Technology slug,Theme,Rank in technology,Research and innovation excellence: mean,", lines[0]);
        var first = table.Rows[0];
        Assert.StartsWith($"1,{first.Index.ToString("F2", CultureInfo.InvariantCulture)},{first.CountryName},{first.CountryCode},", lines[1]);
        Assert.Matches(",Accepted,\"Best placed,'=SUM\\(A1\\)\",(Low|Medium|High),\\d+$", lines[1]);
    }

    [Fact]
    public async Task The_export_of_a_filtered_and_sorted_ranking_holds_exactly_the_rows_the_grid_shows_in_its_order()
    {
        var table = await DemoRoundAsync();
        var technology = table.Rows[0].TechnologySlug;
        var filter = new RankingFilter(TechnologySlug: technology);
        var sort = new RankingSort(RankingColumn.Country);
        var shown = (await Services.GetRequiredService<RoundRanking>().ReadAsync(Slug, Manager, filter, sort)).Rows;

        var sheet = OfficeFiles.ReadSheet(await ExportAsync(ExportFormat.Xlsx, filter, sort));

        Assert.InRange(shown.Count, 1, table.Rows.Count - 1);
        Assert.Equal(shown.Select(r => r.CountryCode), sheet.Rows.Skip(1).Select(r => r[3].Text));
        Assert.All(sheet.Rows.Skip(1), r => Assert.Equal(technology, r[5].Text));
    }

    [Fact]
    public async Task The_ranking_of_a_round_nobody_has_scored_is_a_header_row_and_json_is_not_one_of_its_formats()
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RankingExporter>().ExportAsync(Study.RoundSlug, ExportFormat.Csv, output, Manager);

        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Rank,Index,Country,", Assert.Single(lines));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Services.GetRequiredService<RankingExporter>().ExportAsync(Study.RoundSlug, ExportFormat.Json, new MemoryStream(), Manager));
    }
}
