using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Exports;

/// <summary>
/// One naming of countries, technologies and themes in every export: the ranking, the longlist's and shortlist's
/// JSON and Excel, and the report's opportunities name a pair as the pages do; only the study-exact CSVs (and the
/// report's copies of Tables 6.1 and 6.2) keep the study's "The US"/"the US" and "Net-zero manufacturing".
/// </summary>
public class ExportNamesTests : SeededStudyTests
{
    private const string Slug = "rebench";
    private static readonly RoundViewer Manager = new("manager-id", [PortalRoles.PortfolioManager]);

    [Fact]
    public async Task Every_export_but_the_study_exact_tables_names_the_us_and_its_power_electronics_pair_the_same_way()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        foreach (var criterion in new[] { "rie", "economic", "challenges", "additionality", "feasibility" })
        {
            await recorder.SaveAsync(new ScoreInput(Slug, "USA", "power-electronics", criterion, analyst, 4, Confidence.Medium, null, null, null));
        }
        var decisions = Services.GetRequiredService<ShortlistDecisions>();
        Assert.Null(await decisions.DecideAsync(Slug, "EU", "power-electronics", ShortlistDecision.Accepted, "First in the sentence.", null));
        Assert.Null(await decisions.DecideAsync(Slug, "USA", "power-electronics", ShortlistDecision.Accepted, "Second in the sentence.", null));
        var exporter = Services.GetRequiredService<RoundExporter>();
        var expected = ("United States", "Power electronics", "Net zero");

        var ranked = (await Services.GetRequiredService<RoundRanking>().ReadAsync(Slug, Manager)).Rows.Single();
        var shortlist = JsonDocument.Parse(await ExportAsync(exporter, RoundTable.Shortlist, ExportFormat.Json)).RootElement.EnumerateArray()
            .Single(o => o.GetProperty("countryCode").GetString() == "USA");
        var longlist = JsonDocument.Parse(await ExportAsync(exporter, RoundTable.Longlist, ExportFormat.Json)).RootElement.EnumerateArray()
            .Single(o => o.GetProperty("countryCode").GetString() == "USA" && o.GetProperty("technologySlug").GetString() == "power-electronics");
        var rankingSheet = OfficeFiles.ReadSheet(await ExportWorkbookAsync());
        var report = new MemoryStream();
        await Services.GetRequiredService<RoundReportWriter>().WriteAsync(Slug, report, Manager);
        var studyShortlist = await ExportAsync(exporter, RoundTable.Shortlist, ExportFormat.Csv);

        Assert.Equal(expected, (ranked.CountryName, ranked.TechnologyName, ranked.Theme));
        Assert.Equal(expected, (shortlist.GetProperty("country").GetString(), shortlist.GetProperty("technology").GetString(), shortlist.GetProperty("theme").GetString()));
        Assert.Equal(expected, (longlist.GetProperty("country").GetString(), longlist.GetProperty("technology").GetString(), longlist.GetProperty("theme").GetString()));
        Assert.Equal(["United States", "Power electronics", "Net zero"], rankingSheet.Rows[1].Select(c => c.Text).Where((_, i) => i is 2 or 4 or 6));
        Assert.Contains("Power electronics – United States", OfficeFiles.ReadWord(report.ToArray()).Headings(2));
        // Table 6.2's own sentence: "The EU, the US".
        Assert.Equal("theme,technology,country\nNet zero,Power electronics,The EU\nNet zero,Power electronics,the US\n", studyShortlist);
    }

    private static async Task<string> ExportAsync(RoundExporter exporter, RoundTable table, ExportFormat format)
    {
        var output = new MemoryStream();
        await exporter.ExportAsync(Slug, table, format, output, Manager);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    private async Task<byte[]> ExportWorkbookAsync()
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RankingExporter>().ExportAsync(Slug, ExportFormat.Xlsx, output, Manager);
        return output.ToArray();
    }
}
