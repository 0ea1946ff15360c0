using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Comparisons;
using PartnerPortal.Infrastructure.Dashboard;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Infrastructure.Workspace;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Analysis;

/// <summary>
/// Anti-anchoring in the read services themselves, whatever page or circuit calls them: while a round is open an
/// analyst sees the group's figures of a pair only once they have given all five criteria a 1–5 score, nothing
/// of a round they are not assigned to; managers and admins see everything; once published, everyone does.
/// </summary>
public class RoundVisibilityTests : SeededStudyTests
{
    private const string Slug = "rebench";
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];
    private static readonly RoundViewer Manager = new("manager-id", [PortalRoles.PortfolioManager]);

    private RoundAnalyzer Analyzer => Services.GetRequiredService<RoundAnalyzer>();

    [Fact]
    public async Task An_analyst_not_assigned_to_an_open_round_may_see_nothing_of_it_and_everyone_may_once_it_is_published()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        await ScoreAsync(await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), "CHN", "batteries", [5, 1, 4, 2, 3]);
        var outsider = RoundViewer.Analyst("someone-else");

        await Assert.ThrowsAsync<RoundHiddenException>(() => Analyzer.AnalyseAsync(Slug, outsider));
        await Assert.ThrowsAsync<RoundHiddenException>(() => Analyzer.VisibilityAsync(Slug, outsider));
        await Assert.ThrowsAsync<RoundHiddenException>(() => Services.GetRequiredService<RoundWeightsEditor>().ReadAsync(Slug, outsider));
        await Assert.ThrowsAsync<RoundHiddenException>(() => Services.GetRequiredService<RoundExporter>().ExportAsync(Slug, RoundTable.Shortlist, ExportFormat.Csv, new MemoryStream(), outsider));
        await Assert.ThrowsAsync<RoundHiddenException>(() => Services.GetRequiredService<RoundComparer>().CompareAsync(Study.RoundSlug, Slug, outsider));
        await Assert.ThrowsAsync<RoundHiddenException>(() => Services.GetRequiredService<AnalystWorkspace>().MatrixAsync(Slug, outsider));
        await Assert.ThrowsAsync<RoundHiddenException>(() => Services.GetRequiredService<AnalystWorkspace>().PairAsync(Slug, "CHN", "batteries", outsider));
        // The dashboard says whose scores are whose: managers' only, even for the round's own analysts.
        await Assert.ThrowsAsync<RoundHiddenException>(() => Services.GetRequiredService<RoundDashboardReader>().ReadAsync(Slug, RoundViewer.Analyst("ana")));

        var lifecycle = Services.GetRequiredService<RoundLifecycle>();
        await lifecycle.MoveAsync(Slug, RoundStatus.Review);
        await lifecycle.MoveAsync(Slug, RoundStatus.Published);
        var published = await Analyzer.AnalyseAsync(Slug, outsider);

        Assert.True(published.SeesEverything);
        Assert.Equal(50, published.Index.Index(Pair(published, "CHN", "batteries")), 9);
    }

    [Fact]
    public async Task An_assigned_analyst_sees_the_groups_figures_only_of_the_pairs_they_have_scored_and_a_manager_sees_all()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var (ana, bo) = (await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org"));
        await ScoreAsync(ana, "CHN", "batteries", [5, 1, 4, 2, 3]);
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [5, 1, 5, 1, 5]);
        await ScoreAsync(await StudyRoundCopy.AddAnalystAsync(Services, round, "cy@example.org"), "CAN", "sustainable-plastics", [1, 5, 1, 5, 1]);
        await ScoreAsync(bo, "CHN", "batteries", [4, 2, 5, 1, 3]);

        var seenByBo = await Analyzer.AnalyseAsync(Slug, RoundViewer.Analyst(bo));
        var whole = await Analyzer.AnalyseAsync(Slug, Manager);

        var (batteries, plastics) = (Pair(whole, "CHN", "batteries"), Pair(whole, "CAN", "sustainable-plastics"));
        Assert.True(whole.SeesEverything);
        Assert.False(seenByBo.SeesEverything);
        Assert.True(seenByBo.Sees(batteries));
        Assert.Equal(whole.Index.Index(batteries), seenByBo.Index.Index(batteries), 12);
        Assert.Equal(whole.Aggregate.Statistics(batteries, 0), seenByBo.Aggregate.Statistics(batteries, 0));
        Assert.False(seenByBo.Sees(plastics));
        Assert.Equal(0, seenByBo.Aggregate.Statistics(plastics, 0).N);
        Assert.False(seenByBo.Index.IsComplete(plastics));
        Assert.Equal((1, 0), (seenByBo.OverallRanks[batteries], seenByBo.OverallRanks[plastics]));
        Assert.Equal(1, seenByBo.ScoredPairs);
        Assert.Contains(whole.Disagreements(), d => d.Pair == plastics);
        Assert.DoesNotContain(seenByBo.Disagreements(), d => d.Pair == plastics);
        // Even the raw sheet behind the view holds none of the hidden pair's scores.
        Assert.All(Enumerable.Range(0, Criteria.Length * seenByBo.Scores.Sheet.Analysts), i => Assert.Equal(ScoreSheet.NotScored, seenByBo.Scores.Sheet[plastics, i % Criteria.Length, i / Criteria.Length]));
        Assert.True(whole.IsLonglisted(plastics) && whole.Index.IsComplete(plastics));
    }

    [Fact]
    public async Task Five_insufficient_evidence_answers_do_not_count_as_having_scored_a_pair_only_five_scores_from_1_to_5_do()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var (ana, cy) = (await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), await StudyRoundCopy.AddAnalystAsync(Services, round, "cy@example.org"));
        await ScoreAsync(ana, "CHN", "batteries", [5, 1, 4, 2, 3]);
        var workspace = Services.GetRequiredService<AnalystWorkspace>();
        var viewer = RoundViewer.Analyst(cy);

        var answered = await ScoreAsync(cy, "CHN", "batteries", [null, null, null, null, null]);

        Assert.All(answered, result => Assert.False(result.RevealsGroup));
        var sheet = (await workspace.PairAsync(Slug, "CHN", "batteries", viewer))!;
        Assert.False(sheet.SeesGroup);
        Assert.All(sheet.Criteria, criterion => Assert.Null(criterion.Group));
        var analysis = await Analyzer.AnalyseAsync(Slug, viewer);
        Assert.False(analysis.Sees(Pair(analysis, "CHN", "batteries")));
        var cell = (await workspace.MatrixAsync(Slug, viewer, "CHN")).Cells[
            analysis.Countries.ToList().FindIndex(c => c.Code == "CHN"), analysis.Technologies.ToList().FindIndex(t => t.Slug == "batteries")];
        Assert.Equal((PairProgress.Done, (double?)null), (cell.Progress, cell.GroupIndex));

        // Four real scores and one "insufficient evidence" still hide the group; the fifth real score shows it.
        var versions = await VersionsAsync(workspace, viewer);
        var four = await ScoreAsync(cy, "CHN", "batteries", [3, 3, 3, 3, null], versions);
        var fifth = await ScoreAsync(cy, "CHN", "batteries", [null, null, null, null, 3], versions);

        Assert.All(four, result => Assert.False(result.RevealsGroup));
        Assert.True(Assert.Single(fifth).RevealsGroup);
        Assert.True((await workspace.PairAsync(Slug, "CHN", "batteries", viewer))!.SeesGroup);
        Assert.True((await Analyzer.AnalyseAsync(Slug, viewer)).Sees(Pair(analysis, "CHN", "batteries")));
    }

    [Fact]
    public async Task An_analysts_tables_and_exports_hold_only_the_shortlisted_and_index_longlisted_pairs_they_have_scored()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var (ana, bo) = (await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org"));
        await ScoreAsync(ana, "CHN", "batteries", [5, 1, 4, 2, 3]);
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [3, 3, 3, 3, 3]);
        await ScoreAsync(bo, "CHN", "batteries", [4, 2, 5, 1, 3]);
        var settings = Services.GetRequiredService<RoundSettingsEditor>();
        Assert.Null(await settings.SaveAsync(Slug, await settings.ReadAsync(Slug) with { LonglistMinimumIndex = 10 }));
        var decisions = Services.GetRequiredService<ShortlistDecisions>();
        Assert.Null(await decisions.DecideAsync(Slug, "CHN", "batteries", ShortlistDecision.Accepted, "Strong on every criterion.", null));
        Assert.Null(await decisions.DecideAsync(Slug, "CAN", "sustainable-plastics", ShortlistDecision.Accepted, "Fills the circular-economy gap.", null));
        var bos = RoundViewer.Analyst(bo);

        var longlist = await Services.GetRequiredService<LonglistReader>().ReadAsync(round.Id, await Analyzer.VisibilityAsync(Slug, bos));
        var wholeLonglist = await Services.GetRequiredService<LonglistReader>().ReadAsync(round.Id, await Analyzer.VisibilityAsync(Slug, Manager));

        Assert.Equal([("CHN", "batteries")], longlist.Select(p => (p.CountryCode, p.TechnologySlug)));
        Assert.Contains(wholeLonglist, p => (p.CountryCode, p.TechnologySlug) == ("CAN", "sustainable-plastics"));
        Assert.Equal(["theme,technology,country", "Net zero,Batteries,China"], await ShortlistCsvAsync(bos));
        Assert.Equal(3, (await ShortlistCsvAsync(Manager)).Length);
    }

    private async Task<string[]> ShortlistCsvAsync(RoundViewer viewer)
    {
        var output = new MemoryStream();
        await Services.GetRequiredService<RoundExporter>().ExportAsync(Slug, RoundTable.Shortlist, ExportFormat.Csv, output, viewer);
        return System.Text.Encoding.UTF8.GetString(output.ToArray()).Trim().Split('\n');
    }

    private static async Task<Dictionary<string, uint>> VersionsAsync(AnalystWorkspace workspace, RoundViewer viewer) =>
        (await workspace.PairAsync(Slug, "CHN", "batteries", viewer))!.Criteria.ToDictionary(c => c.Code, c => c.Mine!.Version);

    private static int Pair(RoundAnalysis analysis, string country, string technology) => analysis.FindPair(country, technology)!.Value;

    /// <summary>Saves the given answers (null: insufficient evidence), skipping criteria whose entry is null when <paramref name="versions"/> is given.</summary>
    private async Task<List<ScoreSaveResult>> ScoreAsync(string analyst, string country, string technology, byte?[] values, Dictionary<string, uint>? versions = null)
    {
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        var results = new List<ScoreSaveResult>();
        for (var i = 0; i < values.Length; i++)
        {
            if (versions is not null && values[i] is null)
            {
                continue;
            }
            var result = await recorder.SaveAsync(new ScoreInput(Slug, country, technology, Criteria[i], analyst, values[i], Confidence.Medium, null, null,
                versions?[Criteria[i]]));
            Assert.False(result.IsConflict);
            results.Add(result);
            if (versions is not null)
            {
                versions[Criteria[i]] = result.Score.Version;
            }
        }
        return results;
    }
}
