using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Analysis;

public class RoundAnalysisCacheTests : SeededStudyTests
{
    private const string Slug = "cached";
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];

    private RoundAnalyzer Analyzer => Services.GetRequiredService<RoundAnalyzer>();

    private async Task<string> RoundWithAnalystAsync()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        return await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
    }

    private static async Task ScoreAsync(IServiceProvider services, string analyst, string country, string technology, byte value)
    {
        var recorder = services.GetRequiredService<ScoreRecorder>();
        await using var db = await services.GetRequiredService<IDbContextFactory<PartnerPortal.Infrastructure.Persistence.PortalDbContext>>().CreateDbContextAsync();
        foreach (var criterion in Criteria)
        {
            // A revision is based on the version the analyst saw, and says why.
            var seen = await db.Scores.Where(s => s.AnalystId == analyst && s.RoundId == db.Rounds.Single(r => r.Slug == Slug).Id && s.CriterionId == db.Criteria.Single(c => c.Code == criterion).Id
                    && s.CountryId == db.Countries.Single(c => c.Code == country).Id && s.TechnologyId == db.Technologies.Single(t => t.Slug == technology).Id)
                .Select(s => (uint?)s.Version).SingleOrDefaultAsync();
            var result = await recorder.SaveAsync(new ScoreInput(Slug, country, technology, criterion, analyst, value, Confidence.Medium, null, null, seen, [], seen is null ? null : "New evidence"));
            Assert.False(result.IsConflict);
        }
    }

    private static double? IndexOf(RoundAnalysis analysis, string country, string technology) =>
        analysis.FindPair(country, technology) is { } pair && analysis.Index.IsComplete(pair) ? analysis.Index.Index(pair) : null;

    [Fact]
    public async Task An_unchanged_round_is_answered_from_memory()
    {
        await RoundWithAnalystAsync();

        var first = await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);
        var second = await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task A_saved_score_is_patched_into_the_analysis_without_reloading_the_round()
    {
        var analyst = await RoundWithAnalystAsync();
        await ScoreAsync(Services, analyst, "CHN", "batteries", 5);
        var loads = 0;
        var cache = Services.GetRequiredService<RoundAnalysisCache>();
        Task<RoundAnalysis> Load(CancellationToken token)
        {
            loads++;
            return Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted, token);
        }
        var before = await cache.GetAsync("via-counting-loader", Load, CancellationToken.None);

        await ScoreAsync(Services, analyst, "CHN", "batteries", 3);
        var after = await cache.GetAsync("via-counting-loader", Load, CancellationToken.None);

        Assert.Equal(1, loads);
        Assert.Equal(100, IndexOf(before, "CHN", "batteries")!.Value, 9);
        Assert.Equal(50, IndexOf(after, "CHN", "batteries")!.Value, 9);
        Assert.Equal(50, IndexOf(await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted), "CHN", "batteries")!.Value, 9);
    }

    [Fact]
    public async Task A_weights_change_reloads_the_round()
    {
        var analyst = await RoundWithAnalystAsync();
        await ScoreAsync(Services, analyst, "CHN", "batteries", 5);
        var before = await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);

        var editor = Services.GetRequiredService<RoundWeightsEditor>();
        Assert.Null(await editor.SetDirectAsync(Slug, [4, 1, 1, 1, 1], "Workshop", (await editor.ReadAsync(Slug, RoundViewer.Unrestricted)).Version));
        var after = await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);

        Assert.Equal([0.5, 0.125, 0.125, 0.125, 0.125], after.Weights.Select(w => Math.Round(w, 3)));
        Assert.NotSame(before, after);
    }

    [Fact]
    public async Task A_score_saved_through_another_portal_instance_is_seen()
    {
        var analyst = await RoundWithAnalystAsync();
        var before = await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);
        await using var other = await PortalServices.CreateAsync(migrate: false, PortalServices.SameDatabase(Services));

        await ScoreAsync(other, analyst, "CHN", "batteries", 4);

        Assert.Null(IndexOf(before, "CHN", "batteries"));
        Assert.Equal(75, IndexOf(await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted), "CHN", "batteries")!.Value, 9);
    }

    [Fact]
    public async Task A_change_that_commits_after_a_later_one_is_not_missed()
    {
        var analyst = await RoundWithAnalystAsync();
        await ScoreAsync(Services, analyst, "CHN", "batteries", 5);
        await ScoreAsync(Services, analyst, "CAN", "sustainable-plastics", 5);
        await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);
        await using var slow = await ContextAsync();
        await using var transaction = await slow.Database.BeginTransactionAsync();
        var china = await slow.Countries.Where(c => c.Code == "CHN").Select(c => c.Id).SingleAsync();
        foreach (var score in await slow.Scores.Where(s => s.CountryId == china).ToListAsync())
        {
            score.Value = 1;
        }
        await slow.SaveChangesAsync(); // takes its audit ids now, commits below

        await ScoreAsync(Services, analyst, "CAN", "sustainable-plastics", 3);
        var whileOpen = await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);
        await transaction.CommitAsync();
        var afterCommit = await Analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);

        Assert.Equal((100.0, 50.0), (Math.Round(IndexOf(whileOpen, "CHN", "batteries")!.Value, 6), Math.Round(IndexOf(whileOpen, "CAN", "sustainable-plastics")!.Value, 6)));
        Assert.Equal(0, IndexOf(afterCommit, "CHN", "batteries")!.Value, 9);
    }

    [Fact]
    public async Task Within_the_refresh_interval_saved_scores_wait_but_a_weights_change_is_taken_in_at_once()
    {
        var analyst = await RoundWithAnalystAsync();
        await ScoreAsync(Services, analyst, "CHN", "batteries", 5);
        var settings = PortalServices.SameDatabase(Services);
        settings["Portal:Analysis:ScoreRefreshInterval"] = "01:00:00";
        await using var patient = await PortalServices.CreateAsync(migrate: false, settings);
        var analyzer = patient.GetRequiredService<RoundAnalyzer>();
        var before = await analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);

        await ScoreAsync(Services, analyst, "CHN", "batteries", 3);
        var afterScore = await analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);
        var editor = Services.GetRequiredService<RoundWeightsEditor>();
        Assert.Null(await editor.SetDirectAsync(Slug, [4, 1, 1, 1, 1], "Workshop", (await editor.ReadAsync(Slug, RoundViewer.Unrestricted)).Version));
        var afterWeights = await analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);

        Assert.Same(before, afterScore);
        Assert.Equal(50, IndexOf(afterWeights, "CHN", "batteries")!.Value, 9);
    }
}
