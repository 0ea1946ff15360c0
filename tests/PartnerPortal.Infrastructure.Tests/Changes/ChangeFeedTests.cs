using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Changes;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Changes;

/// <summary>PostgreSQL LISTEN/NOTIFY as the portal's bus: what a commit announces, and what the analysis cache does with it.</summary>
public class ChangeFeedTests : SeededStudyTests
{
    private const string Slug = "changes";

    private Task<ScoreSaveResult> ScoreAsync(string analyst, byte value, uint? version = null) =>
        Services.GetRequiredService<ScoreRecorder>().SaveAsync(
            new ScoreInput(Slug, "CHN", "batteries", "rie", analyst, value, Confidence.Medium, null, null, version, [], version is null ? null : "Second thoughts"));

    /// <summary>A listener of this test's own on the test's database, as each portal instance runs one.</summary>
    private async Task<(ChangeListener Listener, ChangeFeed Feed)> ListenAsync()
    {
        var feed = new ChangeFeed();
        var presence = Services.GetRequiredService<PairPresence>();
        var listener = new ChangeListener(Services.GetRequiredService<PortalDatabase>(), feed, presence, NullLogger<ChangeListener>.Instance);
        await listener.StartAsync(CancellationToken.None);
        for (var attempt = 0; attempt < 100 && !feed.IsCurrentSince(feed.Version); attempt++)
        {
            await Task.Delay(50);
        }
        Assert.True(feed.IsCurrentSince(feed.Version), "the listener did not connect");
        return (listener, feed);
    }

    [Fact]
    public async Task A_commit_on_this_instance_moves_the_feed_without_waiting_for_its_notification()
    {
        await StudyRoundCopy.CreateAsync(Services, Slug);
        // Nothing listens in this fixture: only this instance's own commits can move its feed.
        var feed = Services.GetRequiredService<ChangeFeed>();
        var before = feed.Version;

        // In a transaction (the round's write lock) ...
        Assert.Null(await Services.GetRequiredService<Infrastructure.ResearchSecurity.ScreeningReviewEditor>().SaveAsync(Slug, "CHN", "batteries",
            new Infrastructure.ResearchSecurity.ScreeningReviewInput(Domain.ResearchSecurity.ScreeningLevel.High, "Export-controlled cell chemistry", "", Domain.ResearchSecurity.MitigationMeasure.None), null));
        var afterTransaction = feed.Version;
        // ... and a plain save.
        await using (var db = await Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Infrastructure.Persistence.PortalDbContext>>().CreateDbContextAsync())
        {
            db.IndicatorImports.Add(new Domain.Indicators.IndicatorImport { FileName = "feed.csv", Format = "csv", ImportedBy = "test", ImportedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        Assert.True(afterTransaction > before, "the review's commit did not move the feed");
        Assert.True(feed.Version > afterTransaction, "the plain save did not move the feed");
    }

    [Fact]
    public async Task A_committed_score_save_is_announced_with_its_pair_and_moves_the_feed()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        var (listener, feed) = await ListenAsync();
        var heard = new TaskCompletionSource<ScoreSaved>(TaskCreationOptions.RunContinuationsAsynchronously);
        feed.ScoreSaved += saved => heard.TrySetResult(saved);
        var before = feed.Version;

        await ScoreAsync(analyst, 4);

        Assert.Equal(new ScoreSaved(Slug, "CHN", "batteries", "rie", analyst), await heard.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        for (var attempt = 0; attempt < 100 && feed.IsCurrentSince(before); attempt++)
        {
            await Task.Delay(50); // the audit entry's notification comes on its own
        }
        Assert.False(feed.IsCurrentSince(before));
        await listener.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_save_that_is_refused_announces_nothing()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org");
        var (listener, feed) = await ListenAsync();
        var announced = 0;
        feed.ScoreSaved += _ => Interlocked.Increment(ref announced);
        var first = await ScoreAsync(analyst, 3);

        var stale = await ScoreAsync(analyst, 5, first.Score.Version + 7);
        await ScoreAsync(analyst, 2, first.Score.Version);

        await Task.Delay(500);
        Assert.True(stale.IsConflict);
        Assert.Equal(2, announced);
        await listener.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task With_the_feed_listening_a_round_confirmed_current_is_answered_without_asking_the_audit_log()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, Slug);
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "cy@example.org");
        // The portal's own feed, switched on by hand: no listener runs here, so a commit moves it only when told.
        var feed = Services.GetRequiredService<ChangeFeed>();
        feed.Listening(true);
        var analyzer = Services.GetRequiredService<RoundAnalyzer>();
        var first = await analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);
        Assert.Same(first, await analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted));

        await ScoreAsync(analyst, 5);
        var unannounced = await analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);
        feed.AuditWritten();
        var announced = await analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);
        feed.Listening(false);
        var withoutFeed = await analyzer.AnalyseAsync(Slug, RoundViewer.Unrestricted);

        // No query reached the audit log until the notification: the cached analysis came back as it was.
        Assert.Same(first, unannounced);
        Assert.NotSame(first, announced);
        Assert.NotNull(announced.FindPair("CHN", "batteries"));
        Assert.Same(announced, withoutFeed);
    }
}
