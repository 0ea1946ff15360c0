using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Exports;

/// <summary>The round report as a Word document a policy team can edit: real headings, tables with header rows, the study's tables and every accepted pair.</summary>
public class RoundReportWriterTests : SeededStudyTests
{
    private static readonly RoundViewer Manager = new("manager-id", [PortalRoles.PortfolioManager]);
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];

    private async Task<byte[]> ReportAsync(string round, RoundViewer viewer)
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RoundReportWriter>().WriteAsync(round, output, viewer);
        return output.ToArray();
    }

    [Fact]
    public async Task The_study_rounds_report_holds_the_method_tables_6_1_and_6_2_in_the_studys_layout_and_every_accepted_pair()
    {
        var report = OfficeFiles.ReadWord(await ReportAsync(Study.RoundSlug, Manager));

        Assert.True(report.Problems.Count == 0, string.Join(Environment.NewLine, report.Problems));
        Assert.Equal(["Method", "Longlist (Table 6.1)", "Shortlist (Table 6.2)", "Accepted opportunities", "Research security and checks against the data", "Sensitivity to the weights"], report.Headings(1));
        Assert.Equal(report.Title, Assert.Single(report.Paragraphs, p => p.Style == "Title").Text);
        Assert.All(report.TablesHaveHeaderRow, Assert.True);

        var longlist = report.Table("Country/territory");
        var studyLonglist = (await File.ReadAllLinesAsync(Study.ExpectedFile("mm-2021-longlist.csv"))).Skip(1).Select(l => CsvFields(l)).ToList();
        Assert.Equal(["Country/territory", "Net-zero manufacturing", "Industrial digitalisation and supply chain resilience", "Other/general"], longlist[0]);
        Assert.Equal(studyLonglist.Select(f => f[0]).Distinct(), longlist.Skip(1).Select(r => r[0]));
        Assert.Equal(studyLonglist.Count, longlist.Skip(1).Sum(r => r.Skip(1).Sum(cell => cell.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length)));
        Assert.Contains(longlist, r => r[0] == "The EU" && r[1] == "Hydrogen: aerospace\nPower electronics");

        var shortlist = report.Table("Theme");
        Assert.Equal(["Theme", "Shortlisted technology", "Countries and territories", "Rationale — technology highlights"], shortlist[0]);
        Assert.StartsWith("Electric machines\n", shortlist[1][1]);
        Assert.StartsWith("The EU, the US, Canada", shortlist[1][2]);
        // The theme is written once and merged down its rows, as the study prints it.
        Assert.Equal(["Net zero", ""], shortlist.Skip(1).Take(2).Select(r => r[0]));

        var accepted = await Services.GetRequiredService<RoundExporter>().OpportunitiesAsync(Study.RoundSlug, Manager);
        Assert.Equal(120, accepted.Count);
        Assert.Equal(accepted.Select(o => $"{o.Technology} – {o.Country}"), report.Headings(2).SkipWhile(h => h != "Criteria and weights").Skip(5));
        Assert.Contains("Power electronics – European Union", report.Headings(2));
        Assert.Contains(report.Paragraphs, p => p.Text == "Rationale: Shortlisted by the study's second workshop (Table 6.2)");
    }

    [Fact]
    public async Task A_scored_rounds_report_gives_the_ahp_consistency_and_the_sensitivity_to_managers_but_not_to_an_analyst_before_publication()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var (ana, bo) = (await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org"));
        await ScoreAsync(ana, "CHN", "batteries", [5, 4, 4, 4, 5]);
        await ScoreAsync(ana, "DEU", "batteries", [4, 4, 3, 4, 4]);
        await ScoreAsync(bo, "JPN", "ccus", [3, 2, 4, 3, 3]);
        var decisions = Services.GetRequiredService<ShortlistDecisions>();
        Assert.Null(await decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Accepted, "Leads on cell chemistry.", null));
        var editor = Services.GetRequiredService<RoundWeightsEditor>();
        double[,] judgements = { { 1, 2, 3, 4, 5 }, { 1 / 2.0, 1, 3, 2, 3 }, { 1 / 3.0, 1 / 3.0, 1, 2, 2 }, { 1 / 4.0, 1 / 2.0, 1 / 2.0, 1, 3 }, { 1 / 5.0, 1 / 3.0, 1 / 2.0, 1 / 3.0, 1 } };
        string managerId;
        await using (var scope = Services.CreateAsyncScope())
        {
            managerId = (await scope.ServiceProvider.GetRequiredService<Infrastructure.Accounts.UserAdministration>().AddAsync("pm@example.org", [PortalRoles.PortfolioManager], "a long enough password 1")).Id;
        }
        Assert.Null(await editor.SaveJudgementsAsync("rebench", managerId, "pm@example.org", judgements, AhpMethod.Eigenvector, "Workshop", (await editor.ReadAsync("rebench", Manager)).Version));
        var ahp = Ahp.Weigh(judgements);

        var forManager = OfficeFiles.ReadWord(await ReportAsync("rebench", Manager));
        var forAna = OfficeFiles.ReadWord(await ReportAsync("rebench", RoundViewer.Analyst(ana)));

        Assert.True(forManager.Problems.Count == 0, string.Join(Environment.NewLine, forManager.Problems));
        Assert.Contains(forManager.Paragraphs, p => p.Text.Contains($"consistency ratio {ahp.ConsistencyRatio:0.000}") && p.Text.Contains("AHP, principal eigenvector"));
        Assert.Equal(["Criterion", "Definition", "Weight"], forManager.Table("Criterion")[0]);
        Assert.Equal(ahp.Weights[0].ToString("P1", System.Globalization.CultureInfo.InvariantCulture), forManager.Table("Criterion")[1][2]);
        var sensitivity = forManager.Table("Technology");
        Assert.Equal(["Technology", "Country", "Index", "In proposal", "Rank range"], sensitivity[0]);
        Assert.Contains(sensitivity, r => r[0] == "Batteries" && r[1] == "China");
        Assert.Contains("Batteries – China", forManager.Headings(2));
        Assert.Contains(forManager.Paragraphs, p => p.Text.StartsWith("Index: ") && p.Text.Contains("rank 1 overall"));
        Assert.Contains(forManager.Paragraphs, p => p.Text == "Rationale: Leads on cell chemistry.");

        Assert.True(forAna.Problems.Count == 0, string.Join(Environment.NewLine, forAna.Problems));
        Assert.Contains(forAna.Paragraphs, p => p.Text == "The sensitivity analysis is shown to portfolio managers and admins until the round is published.");
        Assert.DoesNotContain(forAna.Tables, t => t[0][0] == "Technology");
        Assert.DoesNotContain(forAna.Paragraphs, p => p.Text.Contains("Leads on cell chemistry."));
        Assert.DoesNotContain(forAna.Paragraphs, p => p.Text.Contains("Japan") || p.Text.Contains("JPN"));
    }

    [Fact]
    public async Task An_accepted_high_level_pair_carries_its_screening_in_the_report_and_its_mitigation_plan_only_in_the_managers_copy()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await ScoreAsync(ana, "CAN", "quantum-systems-manufacturing", [5, 5, 4, 4, 4]);
        var settings = Services.GetRequiredService<RoundScreeningSettingsEditor>();
        Assert.Null(await settings.SaveAsync("rebench", await settings.ReadAsync("rebench") with { RequireMitigationForHigh = true }));
        Assert.Null(await Services.GetRequiredService<ScreeningReviewEditor>().SaveAsync("rebench", "CAN", "quantum-systems-manufacturing",
            new ScreeningReviewInput(null, "", "Work packages on cryogenic control stay with home partners.", MitigationMeasure.PartnerDueDiligence | MitigationMeasure.RestrictedWorkPackages), null));
        Assert.Null(await Services.GetRequiredService<ShortlistDecisions>().DecideAsync("rebench", "CAN", "quantum-systems-manufacturing", ShortlistDecision.Accepted, "World-class ion traps.", null));

        var forManager = OfficeFiles.ReadWord(await ReportAsync("rebench", Manager));
        var forAna = OfficeFiles.ReadWord(await ReportAsync("rebench", RoundViewer.Analyst(ana)));

        Assert.True(forManager.Problems.Count == 0, string.Join(Environment.NewLine, forManager.Problems));
        Assert.Contains("Research-security screening", forManager.Headings(2));
        Assert.Equal(["Technology sensitivity", "Low country risk", "Medium country risk", "High country risk", "Risk not assessed"], forManager.Table("Technology sensitivity")[0]);
        Assert.Contains(forManager.Paragraphs, p => p.Text.StartsWith("A pair screened High can be accepted only with a mitigation plan"));
        Assert.Contains(forManager.Paragraphs, p => p.Text == "Research-security screening: High.");
        Assert.Contains(forManager.Paragraphs, p => p.Text == "Mitigation plan: Work packages on cryogenic control stay with home partners. Measures: Due diligence on the partner; Restricted work packages.");
        Assert.Contains(forManager.Table("Screening"), r => r[0] == "High" && r[1] != "0");

        Assert.Contains(forAna.Paragraphs, p => p.Text == "Research-security screening: High.");
        Assert.DoesNotContain(forAna.Paragraphs, p => p.Text.Contains("cryogenic"));
        Assert.DoesNotContain("Research security and checks against the data", forAna.Headings(1));
    }

    [Fact]
    public async Task The_same_round_makes_the_same_file()
    {
        Assert.Equal(await ReportAsync(Study.RoundSlug, Manager), await ReportAsync(Study.RoundSlug, Manager));
    }

    [Fact]
    public async Task A_round_with_nothing_in_scope_yet_still_has_a_report_saying_so()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "empty", Domain.Rounds.RoundStatus.Draft);
        await using (var db = await ContextAsync())
        {
            db.RemoveRange(db.Set<Domain.Rounds.RoundCountry>().Where(c => c.RoundId == round.Id));
            db.RemoveRange(db.Set<Domain.Rounds.RoundTechnology>().Where(t => t.RoundId == round.Id));
            db.RemoveRange(db.LonglistEvidence.Where(e => e.RoundId == round.Id));
            await db.SaveChangesAsync();
        }

        var report = OfficeFiles.ReadWord(await ReportAsync("empty", Manager));

        Assert.True(report.Problems.Count == 0, string.Join(Environment.NewLine, report.Problems));
        Assert.Contains(report.Paragraphs, p => p.Text.StartsWith("Nothing is longlisted yet"));
        Assert.Contains(report.Paragraphs, p => p.Text == "No pair is fully scored yet, so there is nothing to test.");
    }

    private static IReadOnlyList<string> CsvFields(string line) => new Infrastructure.Csv.CsvRecordReader(new StringReader(line)).ReadAll().Single().Fields;

    private async Task ScoreAsync(string analyst, string country, string technology, byte?[] values)
    {
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        for (var i = 0; i < values.Length; i++)
        {
            Assert.False((await recorder.SaveAsync(new ScoreInput("rebench", country, technology, Criteria[i], analyst, values[i], Confidence.Medium, null, null, null))).IsConflict);
        }
    }
}
