using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Tests.Contradictions;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.ResearchSecurity;

public class RoundSafeguardsTests : SeededStudyTests
{
    private const string Round = "screened";

    private RoundAnalyzer Analyzer => Services.GetRequiredService<RoundAnalyzer>();

    [Fact]
    public async Task Pairs_are_screened_from_the_technology_tagging_and_the_country_risk_and_a_managers_override_wins()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Round);
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            var china = await db.Countries.SingleAsync(c => c.Code == "CHN");
            db.CooperationConditions.Add(new CountryCooperationConditions
            {
                HomeCountryId = round.HomeCountryId, CountryId = china.Id, RiskLevel = CountryRiskLevel.High, RiskRationale = "National intelligence law obliges cooperation.",
            });
            await db.SaveChangesAsync();
        }

        var analysis = await Analyzer.AnalyseAsync(Round, RoundViewer.Unrestricted);

        var quantum = analysis.ScreeningOf(Pair(analysis, "CHN", "quantum-systems-manufacturing"));
        Assert.Equal((SensitivityLevel.High, CountryRiskLevel.High, ScreeningLevel.High), (quantum.Sensitivity, quantum.CountryRisk, quantum.Level));
        var plastics = analysis.ScreeningOf(Pair(analysis, "CAN", "sustainable-plastics"));
        Assert.Equal(ScreeningLevel.Low, plastics.Level);
        Assert.Contains("country risk not yet assessed", plastics.Explanation);
        Assert.Equal(ScreeningLevel.High, analysis.ScreeningOf(Pair(analysis, "CAN", "quantum-systems-manufacturing")).Level);

        await using (var db = await Contexts.CreateDbContextAsync())
        {
            db.ScreeningReviews.Add(new ScreeningReview
            {
                RoundId = round.Id, CountryId = (await db.Countries.SingleAsync(c => c.Code == "CHN")).Id,
                TechnologyId = (await db.Technologies.SingleAsync(t => t.Slug == "quantum-systems-manufacturing")).Id,
                OverrideLevel = ScreeningLevel.Medium, OverrideRationale = "Open algorithms research only.",
            });
            await db.SaveChangesAsync();
        }
        var reviewed = await Analyzer.AnalyseAsync(Round, RoundViewer.Unrestricted);

        var overridden = reviewed.ScreeningOf(Pair(reviewed, "CHN", "quantum-systems-manufacturing"));
        Assert.Equal(ScreeningLevel.Medium, overridden.Level);
        Assert.Equal(ScreeningLevel.High, overridden.Derived);
    }

    [Fact]
    public async Task A_top_score_for_a_country_in_the_bottom_quarter_of_a_linked_indicator_is_flagged_with_its_figures()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Round);
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await RdSpendingData.AddAsync(Contexts);
        await ScoreAsync(ana, "CHN", "batteries", [5, 3, 3, 3, 3]);
        await ScoreAsync(ana, "KOR", "batteries", [5, 3, 3, 3, 3]);
        await ScoreAsync(ana, "KOR", "robotics", [1, 3, 3, 3, 3]);

        var analysis = await Analyzer.AnalyseAsync(Round, RoundViewer.Unrestricted);

        var flags = analysis.ContradictionsIn(Pair(analysis, "CHN", "batteries"));
        var flag = Assert.Single(flags);
        Assert.True(flag.IsHighScore);
        Assert.Equal((2021, 8, 8, 1.4), (flag.Evidence.Year, flag.Evidence.Rank, flag.Evidence.Of, Math.Round(flag.Evidence.Value, 2)));
        Assert.Empty(analysis.ContradictionsIn(Pair(analysis, "KOR", "batteries")));
        Assert.False(Assert.Single(analysis.ContradictionsIn(Pair(analysis, "KOR", "robotics"))).IsHighScore);
        Assert.Equal(2, analysis.Contradictions.Total);
    }

    [Fact]
    public async Task An_imported_world_bank_file_whose_newest_year_only_canada_has_reported_flags_against_the_year_most_countries_have()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Round);
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await using (var file = File.OpenRead(IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_late_reporters_sample.csv")))
        {
            Assert.True((await Services.GetRequiredService<Infrastructure.Indicators.IndicatorImporter>().ImportAsync(file, "rd.csv", dryRun: false)).Imported);
        }
        await ScoreAsync(ana, "KOR", "batteries", [1, 3, 3, 3, 3]);

        var analysis = await Analyzer.AnalyseAsync(Round, RoundViewer.Unrestricted);

        var flag = Assert.Single(analysis.ContradictionsIn(Pair(analysis, "KOR", "batteries")));
        Assert.False(flag.IsHighScore);
        Assert.Equal((2022, 2, 14), (flag.Evidence.Year, flag.Evidence.Rank, flag.Evidence.Of));
    }

    [Fact]
    public async Task A_round_that_excludes_high_pairs_leaves_them_out_of_the_proposal_and_one_that_flags_them_keeps_them()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Round);
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        // Longlisted in the study: China for batteries (Medium: energy and materials) and Canada for quantum (High).
        await ScoreAsync(ana, "CHN", "batteries", [4, 4, 4, 4, 4]);
        await ScoreAsync(ana, "CAN", "quantum-systems-manufacturing", [5, 5, 5, 5, 5]);
        var flagged = await Analyzer.AnalyseAsync(Round, RoundViewer.Unrestricted);
        var (batteries, ai) = (Pair(flagged, "CHN", "batteries"), Pair(flagged, "CAN", "quantum-systems-manufacturing"));
        Assert.True(flagged.IsLonglisted(ai) && flagged.IsLonglisted(batteries));
        Assert.Contains(flagged.Proposal.Pairs, p => p.Candidate.Pair == ai);

        var settings = Services.GetRequiredService<RoundScreeningSettingsEditor>();
        Assert.Null(await settings.SaveAsync(Round, await settings.ReadAsync(Round) with { HighLevelPairs = HighLevelPairPolicy.Exclude }));
        var excluding = await Analyzer.AnalyseAsync(Round, RoundViewer.Unrestricted);

        Assert.DoesNotContain(excluding.Proposal.Pairs, p => p.Candidate.Pair == ai);
        Assert.Contains(excluding.Proposal.Pairs, p => p.Candidate.Pair == batteries);
        Assert.Equal(flagged.UnscoredLonglisted, excluding.UnscoredLonglisted);
    }

    [Fact]
    public async Task A_published_round_keeps_the_screening_it_was_published_with_when_a_technology_is_retagged_and_a_partners_risk_assessed()
    {
        var published = await StudyRoundCopy.CreateAsync(Services, "frozen", Domain.Rounds.RoundStatus.Published);
        await StudyRoundCopy.CreateAsync(Services, "open");
        var snapshots = Services.GetRequiredService<Infrastructure.Publishing.RoundSnapshotWriter>();
        await snapshots.TakeMissingAsync();
        var reviews = Services.GetRequiredService<ScreeningReviewEditor>();
        // Energy and materials, China's risk not assessed: Medium in both.
        Assert.Equal(ScreeningLevel.Medium, (await reviews.ReadAsync("frozen", "CHN", "batteries")).Screening.Level);

        await using (var db = await Contexts.CreateDbContextAsync())
        {
            var batteries = await db.Technologies.Where(t => t.Slug == "batteries").Select(t => t.Id).SingleAsync();
            (await db.TechnologySensitivities.SingleAsync(s => s.TechnologyId == batteries)).DualUse = true;
            var china = await db.Countries.Where(c => c.Code == "CHN").Select(c => c.Id).SingleAsync();
            db.CooperationConditions.Add(new CountryCooperationConditions
            {
                HomeCountryId = published.HomeCountryId, CountryId = china, RiskLevel = CountryRiskLevel.High, RiskRationale = "Civil-military fusion.", Sources = "Agency assessment 2026",
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(ScreeningLevel.Medium, (await reviews.ReadAsync("frozen", "CHN", "batteries")).Screening.Level);
        Assert.Equal(ScreeningLevel.High, (await reviews.ReadAsync("open", "CHN", "batteries")).Screening.Level);
    }

    [Fact]
    public async Task A_snapshot_taken_before_screening_existed_gets_the_inputs_as_they_stand_at_the_next_start_up_and_keeps_them()
    {
        await StudyRoundCopy.CreateAsync(Services, "older", Domain.Rounds.RoundStatus.Published);
        var snapshots = Services.GetRequiredService<Infrastructure.Publishing.RoundSnapshotWriter>();
        await snapshots.TakeMissingAsync();
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE round_snapshots SET document = document - 'screening' WHERE round_id = (SELECT id FROM rounds WHERE slug = 'older')");
            var batteries = await db.Technologies.Where(t => t.Slug == "batteries").Select(t => t.Id).SingleAsync();
            (await db.TechnologySensitivities.SingleAsync(s => s.TechnologyId == batteries)).DualUse = true;
            await db.SaveChangesAsync();
        }
        var reviews = Services.GetRequiredService<ScreeningReviewEditor>();
        // Without the part the published round reads today's tagging (dual use: High) ...
        Assert.Equal(ScreeningLevel.High, (await reviews.ReadAsync("older", "CHN", "batteries")).Screening.Level);

        await snapshots.TakeMissingAsync();
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            var batteries = await db.Technologies.Where(t => t.Slug == "batteries").Select(t => t.Id).SingleAsync();
            (await db.TechnologySensitivities.SingleAsync(s => s.TechnologyId == batteries)).DualUse = false;
            await db.SaveChangesAsync();
        }

        // ... and from the start-up that adds it, keeps what it read then.
        Assert.Equal(ScreeningLevel.High, (await reviews.ReadAsync("older", "CHN", "batteries")).Screening.Level);
    }

    private IDbContextFactory<PortalDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    private static int Pair(RoundAnalysis analysis, string country, string technology) => analysis.FindPair(country, technology)!.Value;

    private async Task ScoreAsync(string analyst, string country, string technology, byte[] values)
    {
        string[] criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        for (var i = 0; i < values.Length; i++)
        {
            var result = await recorder.SaveAsync(new ScoreInput(Round, country, technology, criteria[i], analyst, values[i], Confidence.Medium, null, null, null));
            Assert.False(result.IsConflict);
        }
    }
}
