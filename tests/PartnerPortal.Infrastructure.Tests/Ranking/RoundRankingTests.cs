using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Ranking;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Ranking;

/// <summary>The ranking's rows come from the round's analysis as the ranking page shows it, with the managers' decisions, and keep its visibility rules.</summary>
public class RoundRankingTests : SeededStudyTests
{
    private const string Slug = "rebench";
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];
    private static readonly RoundViewer Manager = new("manager-id", [PortalRoles.PortfolioManager]);

    private RoundRanking Ranking => Services.GetRequiredService<RoundRanking>();

    [Fact]
    public async Task Every_fully_scored_pair_is_one_row_in_rank_order_with_the_analysis_index_ranks_and_statistics()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoRoundGenerator>().GenerateAsync("demo-ranking", 8, 6, 3, 1);
        }
        var analysis = await Services.GetRequiredService<RoundAnalyzer>().AnalyseAsync("demo-ranking", Manager);

        var table = await Ranking.ReadAsync("demo-ranking", Manager);

        var complete = Enumerable.Range(0, analysis.Pairs).Where(analysis.Index.IsComplete).ToList();
        Assert.NotEmpty(complete);
        Assert.Equal(complete.Count, table.Rows.Count);
        Assert.Equal(complete.Count, table.RankedPairs);
        Assert.Equal(table.Rows.Select(r => r.Rank).Order(), table.Rows.Select(r => r.Rank));
        Assert.Equal(analysis.Criteria, table.Criteria);
        foreach (var row in table.Rows)
        {
            var pair = analysis.FindPair(row.CountryCode, row.TechnologySlug)!.Value;
            Assert.Equal((analysis.CountryOf(pair).Name, analysis.TechnologyOf(pair).Name, analysis.TechnologyOf(pair).Theme), (row.CountryName, row.TechnologyName, row.Theme));
            Assert.Equal((analysis.Index.Index(pair), analysis.OverallRanks[pair], analysis.RanksInTechnology[pair]), (row.Index, row.Rank, row.RankInTechnology));
            Assert.Equal(Enumerable.Range(0, analysis.Criteria.Count).Select(c => analysis.Aggregate.Statistics(pair, c)).Select(s => (s.Mean, s.StandardDeviation, s.N)),
                row.Criteria.Select(c => (c.Mean, c.StandardDeviation, c.Scores)));
            Assert.Equal(analysis.Longlist.TryGetValue(pair, out var decision) ? decision.Reason : null, row.LonglistReason);
            Assert.Equal(analysis.Disagreements().Any(d => d.Pair == pair), row.Disagreement);
        }
    }

    [Fact]
    public async Task Pairs_where_analysts_disagree_are_flagged_on_the_criteria_they_disagree_on()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var (ana, bo) = (await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org"));
        await ScoreAsync(ana, "CHN", "batteries", [5, 3, 3, 3, 3]);
        await ScoreAsync(bo, "CHN", "batteries", [1, 3, 3, 3, 4]);
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [3, 3, 3, 3, 3]);
        await ScoreAsync(bo, "CAN", "sustainable-plastics", [3, 3, 3, 3, 3]);

        var rows = (await Ranking.ReadAsync(Slug, Manager)).Rows;

        var batteries = rows.Single(r => r.Key == new Domain.Comparisons.PairKey("CHN", "batteries"));
        Assert.True(batteries.Disagreement);
        Assert.Equal([true, false, false, false, false], batteries.Criteria.Select(c => c.Disagreement));
        Assert.Equal((3.0, 2), (batteries.Criteria[0].Mean, batteries.Criteria[0].Scores));
        Assert.False(rows.Single(r => r.TechnologySlug == "sustainable-plastics").Disagreement);
        Assert.Equal([batteries], (await Ranking.ReadAsync(Slug, Manager, new RankingFilter(DisagreementOnly: true))).Rows);
    }

    [Fact]
    public async Task A_manager_reads_every_decision_with_its_rationale_and_an_analyst_only_acceptances_without_their_rationale_until_publication()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await ScoreAsync(ana, "CHN", "batteries", [5, 1, 4, 2, 3]);
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [4, 4, 4, 4, 4]);
        await ScoreAsync(ana, "JPN", "ccus", [2, 2, 2, 2, 2]);
        var decisions = Services.GetRequiredService<ShortlistDecisions>();
        Assert.Null(await decisions.DecideAsync(Slug, "CHN", "batteries", ShortlistDecision.Accepted, "Strong on every criterion.", null));
        Assert.Null(await decisions.DecideAsync(Slug, "CAN", "sustainable-plastics", ShortlistDecision.Rejected, "Covered by another programme.", null));

        var forManager = (await Ranking.ReadAsync(Slug, Manager)).Rows.ToDictionary(r => r.TechnologySlug, r => (r.Decision, r.Rationale));
        var forAnalyst = (await Ranking.ReadAsync(Slug, RoundViewer.Analyst(ana))).Rows.ToDictionary(r => r.TechnologySlug, r => (r.Decision, r.Rationale));

        Assert.Equal((RankedDecision.Accepted, "Strong on every criterion."), forManager["batteries"]);
        Assert.Equal((RankedDecision.Rejected, "Covered by another programme."), forManager["sustainable-plastics"]);
        Assert.Equal((RankedDecision.None, (string?)null), forManager["ccus"]);
        Assert.Equal((RankedDecision.Accepted, (string?)null), forAnalyst["batteries"]);
        Assert.Equal((RankedDecision.None, (string?)null), forAnalyst["sustainable-plastics"]);

        var lifecycle = Services.GetRequiredService<Infrastructure.Rounds.RoundLifecycle>();
        await lifecycle.MoveAsync(Slug, Domain.Rounds.RoundStatus.Review);
        await lifecycle.MoveAsync(Slug, Domain.Rounds.RoundStatus.Published);
        var published = (await Ranking.ReadAsync(Slug, RoundViewer.Analyst("anyone"))).Rows.ToDictionary(r => r.TechnologySlug, r => (r.Decision, r.Rationale));

        Assert.Equal((RankedDecision.Accepted, "Strong on every criterion."), published["batteries"]);
        Assert.Equal((RankedDecision.None, (string?)null), published["sustainable-plastics"]);
    }

    [Fact]
    public async Task An_analyst_of_an_open_round_gets_only_the_pairs_they_have_scored_ranked_among_themselves()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var (ana, bo) = (await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org"));
        await ScoreAsync(ana, "CHN", "batteries", [5, 5, 5, 5, 5]);
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [2, 2, 2, 2, 2]);
        await ScoreAsync(bo, "CAN", "sustainable-plastics", [2, 2, 2, 2, 2]);
        await ScoreAsync(bo, "JPN", "ccus", [1, 1, 1, 1, 1]);

        var forBo = await Ranking.ReadAsync(Slug, RoundViewer.Analyst(bo));
        var forManager = await Ranking.ReadAsync(Slug, Manager);

        Assert.False(forBo.SeesEverything);
        Assert.Equal([("CAN", 1), ("JPN", 2)], forBo.Rows.Select(r => (r.CountryCode, r.Rank)));
        Assert.Equal([("CHN", 1), ("CAN", 2), ("JPN", 3)], forManager.Rows.Select(r => (r.CountryCode, r.Rank)));
        await Assert.ThrowsAsync<RoundHiddenException>(() => Ranking.ReadAsync(Slug, RoundViewer.Analyst("not-assigned")));
    }

    [Fact]
    public async Task The_rows_are_built_once_and_again_only_after_a_score_changes()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await ScoreAsync(ana, "CHN", "batteries", [3, 3, 3, 3, 3]);

        var first = (await Ranking.ReadAsync(Slug, Manager)).Rows;
        var again = (await Ranking.ReadAsync(Slug, Manager, RankingFilter.None, RankingSort.ByRank)).Rows;
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [4, 4, 4, 4, 4]);
        var after = (await Ranking.ReadAsync(Slug, Manager)).Rows;

        Assert.Same(first, again);
        Assert.Equal(["CAN", "CHN"], after.Select(r => r.CountryCode));
    }

    [Fact]
    public async Task A_filter_and_a_sort_give_the_matching_rows_in_that_order()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await ScoreAsync(ana, "CHN", "batteries", [5, 1, 1, 1, 1]);
        await ScoreAsync(ana, "DEU", "batteries", [1, 5, 5, 5, 5]);
        await ScoreAsync(ana, "CAN", "sustainable-plastics", [3, 3, 3, 3, 3]);

        var table = await Ranking.ReadAsync(Slug, Manager, new RankingFilter(TechnologySlug: "batteries"), new RankingSort(RankingColumn.CriterionMean, Descending: true, Criterion: 0));

        Assert.Equal(["CHN", "DEU"], table.Rows.Select(r => r.CountryCode));
        Assert.Equal(3, table.RankedPairs);
        Assert.Equal([3, 1], table.Rows.Select(r => r.Rank));
    }

    private async Task ScoreAsync(string analyst, string country, string technology, byte?[] values)
    {
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        for (var i = 0; i < values.Length; i++)
        {
            var result = await recorder.SaveAsync(new ScoreInput(Slug, country, technology, Criteria[i], analyst, values[i], Confidence.Medium, null, null, null));
            Assert.False(result.IsConflict);
        }
    }
}
