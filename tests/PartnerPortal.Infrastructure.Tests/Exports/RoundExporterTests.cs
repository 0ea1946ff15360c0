using PartnerPortal.Infrastructure.Analysis;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartnerPortal.Infrastructure.Csv;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Exports;

/// <summary>The seeded study, run through the longlist rule and the shortlist decisions, reproduces Tables 6.1 and 6.2.</summary>
public class RoundExporterTests : SeededStudyTests
{
    private async Task<string> ExportAsync(RoundTable table, ExportFormat format, string round = Study.RoundSlug)
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RoundExporter>().ExportAsync(round, table, format, output, RoundViewer.Unrestricted);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public async Task The_shortlist_workbook_holds_a_row_per_pair_of_table_6_2_named_as_the_portal_names_them_where_the_csv_keeps_the_studys_wording()
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RoundExporter>().ExportAsync(Study.RoundSlug, RoundTable.Shortlist, ExportFormat.Xlsx, output, RoundViewer.Unrestricted);

        output.Position = 0;
        using var workbook = SpreadsheetDocument.Open(output, isEditable: false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        var study = (await File.ReadAllLinesAsync(Study.ExpectedFile("mm-2021-shortlist.csv"))).Skip(1).ToList();
        Assert.Equal(["Theme", "Technology", "Technology slug", "Country", "Country code", "Index", "Rank", "Rank in technology", "Rationale", "Value capture", "Instruments",
            "Screening", "Screening set by a manager because", "Mitigation plan", "Mitigation measures",
            "Reciprocity", "Reciprocity: note", "Transparency", "Transparency: note", "Accountability", "Accountability: note", "Equity", "Equity: note",
            "Long-term perspective", "Long-term perspective: note"], rows[0]);
        Assert.Equal(study.Count, rows.Count - 1);
        // Table 6.2's first row is "Net zero,Electric machines,The EU"; a later one "…,the US": one name each here.
        Assert.Equal(["Net zero", "Power electronics", "power-electronics", "European Union", "EU"], rows[1].Take(5));
        Assert.Equal(["United States", "USA"], rows[2].Skip(3).Take(2));
        Assert.Contains(rows, r => r[3] == "European Union (France, Germany)");
        Assert.DoesNotContain(rows.Skip(1), r => r[3] is "The US" or "the US" or "The EU");
        Assert.Equal("Shortlisted by the study's second workshop (Table 6.2)", rows[1][8]);
        // Power electronics touches semiconductors and is dual-use (High sensitivity); the EU's risk is not assessed in the seed.
        Assert.Equal("High", rows[1][11]);
        Assert.Equal("Shortlist", workbook.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
        Assert.Empty(sheet.Descendants<CellFormula>());
    }

    [Fact]
    public async Task The_longlist_csv_is_exactly_the_pairs_of_table_6_1()
    {
        Assert.Equal(await File.ReadAllTextAsync(Study.ExpectedFile("mm-2021-longlist.csv")), await ExportAsync(RoundTable.Longlist, ExportFormat.Csv));
    }

    [Fact]
    public async Task The_shortlist_csv_is_exactly_the_pairs_of_table_6_2()
    {
        Assert.Equal(await File.ReadAllTextAsync(Study.ExpectedFile("mm-2021-shortlist.csv")), await ExportAsync(RoundTable.Shortlist, ExportFormat.Csv));
    }

    [Fact]
    public async Task The_json_export_holds_the_same_rows_as_the_csv_with_codes_and_the_portals_names()
    {
        var json = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(await ExportAsync(RoundTable.Longlist, ExportFormat.Json))!;
        var csv = (await File.ReadAllLinesAsync(Study.ExpectedFile("mm-2021-longlist.csv"))).Skip(1).ToList();

        Assert.Equal(csv.Count, json.Count);
        Assert.Equal("Australia,Net-zero manufacturing,Green hydrogen production", csv[0]);
        Assert.Equal(new Dictionary<string, string>
        {
            ["country"] = "Australia", ["countryCode"] = "AUS", ["theme"] = "Net zero", ["technology"] = "Green hydrogen production", ["technologySlug"] = "green-hydrogen-production",
            // Energy (Medium sensitivity) with a partner whose risk is not yet assessed: medium under the default rule.
            ["screening"] = "Medium",
        }, json[0]);
        Assert.Contains(json, row => row["country"] == "United States");
        Assert.DoesNotContain(json, row => row["country"] == "The US" || row["theme"] == "Net-zero manufacturing");
    }

    [Fact]
    public async Task A_name_holding_a_semicolon_and_a_formula_is_exported_quoted_with_the_formula_neutralised()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        await using (var db = await ContextAsync())
        {
            await db.Countries.Where(c => c.Code == "DEU").ExecuteUpdateAsync(c => c.SetProperty(x => x.StudyName, "Germany;=1+1"));
        }

        var lines = (await ExportAsync(RoundTable.Longlist, ExportFormat.Csv, "rebench")).Split('\n');

        Assert.Contains("\"Germany;'=1+1\",Net-zero manufacturing,Batteries", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Germany;=1+1"));
    }

    [Fact]
    public async Task Exporting_an_unknown_round_says_which_round_is_missing()
    {
        var error = await Assert.ThrowsAsync<RoundNotFoundException>(() => ExportAsync(RoundTable.Longlist, ExportFormat.Csv, "no-such-round"));

        Assert.Equal("There is no round 'no-such-round'.", error.Message);
    }

    [Fact]
    public async Task The_shortlist_json_gives_each_accepted_pair_its_figures_rationale_value_capture_instruments_and_principles()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        var recorder = Services.GetRequiredService<Infrastructure.Scoring.ScoreRecorder>();
        foreach (var criterion in new[] { "rie", "economic", "challenges", "additionality", "feasibility" })
        {
            await recorder.SaveAsync(new Infrastructure.Scoring.ScoreInput("rebench", "CHN", "batteries", criterion, analyst, 4, Domain.Scoring.Confidence.Medium, null, null, null));
        }
        await Services.GetRequiredService<Infrastructure.Shortlisting.ShortlistDecisions>().DecideAsync("rebench", "CHN", "batteries", Domain.Shortlisting.ShortlistDecision.Accepted, "Leads on cell chemistry.", null);
        await Services.GetRequiredService<Infrastructure.Shortlisting.ShortlistDecisions>().DecideAsync("rebench", "JPN", "ccus", Domain.Shortlisting.ShortlistDecision.Accepted, "Storage sites.", null);

        var json = JsonDocument.Parse(await ExportAsync(RoundTable.Shortlist, ExportFormat.Json, "rebench")).RootElement;

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        var batteries = json.EnumerateArray().Single(o => o.GetProperty("technologySlug").GetString() == "batteries");
        Assert.Equal(["theme", "technology", "technologySlug", "country", "countryCode", "qualifier", "index", "rank", "rankInTechnology", "rationale", "valueCapture", "instruments", "principles", "screening", "screeningOverride", "mitigation"],
            batteries.EnumerateObject().Select(p => p.Name));
        // Energy and materials (Medium sensitivity), China's risk not yet assessed: Medium, by the rule, with no plan recorded.
        Assert.Equal(("Medium", JsonValueKind.Null, JsonValueKind.Null),
            (batteries.GetProperty("screening").GetString(), batteries.GetProperty("screeningOverride").ValueKind, batteries.GetProperty("mitigation").ValueKind));
        Assert.Equal(("Net zero", "Batteries", "China", "CHN"), (batteries.GetProperty("theme").GetString(), batteries.GetProperty("technology").GetString(), batteries.GetProperty("country").GetString(), batteries.GetProperty("countryCode").GetString()));
        Assert.Equal((75.0, 1, 1), (batteries.GetProperty("index").GetDouble(), batteries.GetProperty("rank").GetInt32(), batteries.GetProperty("rankInTechnology").GetInt32()));
        Assert.Equal("Leads on cell chemistry.", batteries.GetProperty("rationale").GetString());
        Assert.Equal(JsonValueKind.Array, batteries.GetProperty("valueCapture").ValueKind);
        Assert.Equal(JsonValueKind.Array, batteries.GetProperty("instruments").ValueKind);
        Assert.Equal(["Reciprocity", "Transparency", "Accountability", "Equity", "Long-term perspective"], batteries.GetProperty("principles").EnumerateArray().Select(p => p.GetProperty("principle").GetString()));
        Assert.All(batteries.GetProperty("principles").EnumerateArray(), p => Assert.Equal("unknown", p.GetProperty("status").GetString()));
        var ccus = json.EnumerateArray().Single(o => o.GetProperty("technologySlug").GetString() == "ccus");
        Assert.Equal(JsonValueKind.Null, ccus.GetProperty("index").ValueKind);
    }
}
