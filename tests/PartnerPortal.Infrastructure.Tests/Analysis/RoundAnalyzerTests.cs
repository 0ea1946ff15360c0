using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Analysis;

public class RoundAnalyzerTests : SeededStudyTests
{
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];

    private RoundAnalyzer Analyzer => Services.GetRequiredService<RoundAnalyzer>();

    [Fact]
    public async Task The_study_round_longlists_its_54_pairs_each_with_the_reason_and_proposes_nothing_until_scored()
    {
        var analysis = await Analyzer.AnalyseAsync(Study.RoundSlug, RoundViewer.Unrestricted);

        var longlisted = analysis.Longlist.Where(d => d.Value.IsLonglisted).ToList();
        Assert.Equal(54, longlisted.Count);
        Assert.All(longlisted, d => Assert.Equal("Meets 5 of 5 requirements (needs 5).", d.Value.Reason));
        Assert.Equal(0, analysis.ScoredPairs);
        Assert.Equal(54, analysis.UnscoredLonglisted);
        Assert.Empty(analysis.Proposal.Pairs);
        Assert.Equal(120, analysis.Shortlisted.Count);
    }

    [Fact]
    public async Task Scored_pairs_get_an_index_and_ranks_incomplete_ones_none_and_the_proposal_takes_only_complete_longlisted_pairs()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var (ana, bo) = (await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org"));
        await ScoreAsync(ana, "CHN", "batteries", [5, 5, 5, 5, 5]);
        await ScoreAsync(bo, "CHN", "batteries", [5, 5, 5, 5, 5]);
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [3, 3, 3, 3, 3]);
        await ScoreAsync(bo, "CAN", "sustainable-plastics", [5, 1, 3, 3, 3]);
        await ScoreAsync(ana, "AUS", "green-hydrogen-production", [4, 4, 4, 4]);

        var analysis = await Analyzer.AnalyseAsync("rebench", RoundViewer.Unrestricted);

        var (batteries, plastics, hydrogen) = (Pair(analysis, "CHN", "batteries"), Pair(analysis, "CAN", "sustainable-plastics"), Pair(analysis, "AUS", "green-hydrogen-production"));
        Assert.Equal(100, analysis.Index.Index(batteries), 9);
        Assert.Equal(50, analysis.Index.Index(plastics), 9);
        Assert.Equal((1, 2, 0), (analysis.OverallRanks[batteries], analysis.OverallRanks[plastics], analysis.OverallRanks[hydrogen]));
        Assert.Equal(2, analysis.ScoredPairs);
        Assert.Equal(52, analysis.UnscoredLonglisted);
        Assert.Equal(new[] { batteries, plastics }.Order(), analysis.Proposal.Pairs.Select(p => p.Candidate.Pair).Order());
        var flagged = Assert.Single(analysis.Disagreements(), d => d.Pair == plastics && d.Criterion == 0);
        Assert.Equal(Math.Sqrt(2), flagged.Statistics.StandardDeviation, 9);
        Assert.Contains(analysis.Disagreements(), d => d.Pair == plastics && d.Criterion == 1);
    }

    [Fact]
    public async Task The_round_settings_drive_the_method_and_the_longlist_rule()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await ScoreAsync(ana, "CHN", "batteries", [5, 1, 5, 1, 5]);
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [2, 2, 2, 2, 2]);
        var settings = Services.GetRequiredService<RoundSettingsEditor>();
        var current = await settings.ReadAsync("rebench");

        Assert.Null(await settings.SaveAsync("rebench", current with { RankingMethod = RankingMethod.Topsis, LonglistMinimumIndex = 60.2 }));
        var analysis = await Analyzer.AnalyseAsync("rebench", RoundViewer.Unrestricted);

        Assert.Equal(RankingMethod.Topsis, analysis.Index.Method);
        var batteries = Pair(analysis, "CHN", "batteries");
        Assert.False(analysis.IsLonglisted(Pair(analysis, "CAN", "sustainable-plastics")));
        // TOPSIS gives the uneven pair 60.4 — above the minimum of 60.2, which its weighted-sum index (60.0) would miss.
        Assert.InRange(analysis.Index.Index(batteries), 60, 61);
        Assert.True(analysis.IsLonglisted(batteries));
        Assert.Contains("the round needs an index of 60.2", analysis.Longlist[Pair(analysis, "CAN", "sustainable-plastics")].Reason);
        // Table 6.1 applies the same rule with the same method's index.
        var table = await Services.GetRequiredService<PartnerPortal.Infrastructure.Longlisting.LonglistReader>().ReadAsync(round.Id, PairVisibility.All);
        Assert.Contains(table, p => p.CountryCode == "CHN" && p.TechnologySlug == "batteries");
        Assert.DoesNotContain(table, p => p.CountryCode == "CAN" && p.TechnologySlug == "sustainable-plastics");
    }

    private static int Pair(RoundAnalysis analysis, string country, string technology) => analysis.FindPair(country, technology)!.Value;

    private async Task ScoreAsync(string analyst, string country, string technology, byte[] values)
    {
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        for (var i = 0; i < values.Length; i++)
        {
            var result = await recorder.SaveAsync(new ScoreInput("rebench", country, technology, Criteria[i], analyst, values[i], Confidence.Medium, null, null, null));
            Assert.False(result.IsConflict);
        }
    }
}
