using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Rounds;

/// <summary>
/// A write that depends on the round's phase and a phase change (publishing included) never interleave: the
/// write commits before the change, or waits for it and is refused. Each race is staged in a fixed order by
/// holding a table the write or the change must insert into, and watched through PostgreSQL's lock waits.
/// </summary>
public class PhaseWriteRaceTests : SeededStudyTests
{
    private string ConnectionString => Services.GetRequiredService<PortalDatabase>().ConnectionString;

    private RoundLifecycle Lifecycle => Services.GetRequiredService<RoundLifecycle>();

    private static ScoreInput Score(string analystId, byte value) =>
        new("rebench", "CAN", "quantum-systems-manufacturing", "rie", analystId, value, Confidence.High, null, null, null);

    [Fact]
    public async Task A_score_save_in_flight_when_scoring_closes_commits_before_the_round_moves()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await using var scores = await HeldTableLock.HoldAsync(ConnectionString, "scores");

        // The save checks the phase, then stops at its insert; the manager closes scoring meanwhile.
        var save = Services.GetRequiredService<ScoreRecorder>().SaveAsync(Score(analyst, 4));
        await scores.UntilWaitingAsync(1, save);
        var move = Lifecycle.MoveAsync("rebench", RoundStatus.Review);
        await scores.UntilWaitingAsync(2, move);
        var movedWhileTheSaveWasOpen = move.IsCompleted;
        await scores.ReleaseAsync();
        var saved = await save;
        await move;

        Assert.False(movedWhileTheSaveWasOpen);
        Assert.False(saved.IsConflict);
        await using var db = await ContextAsync();
        var scoreEntry = await db.AuditLog.Where(a => a.EntityType == nameof(Domain.Scoring.Score)).Select(a => a.Id).SingleAsync();
        var moveEntry = await db.AuditLog.Where(a => a.Action == "round.status" && a.EntityKey == "rebench").Select(a => a.Id).SingleAsync();
        Assert.True(scoreEntry < moveEntry, "the score was written after the round left Scoring");
        Assert.Equal(RoundStatus.Review, (await db.Rounds.SingleAsync(r => r.Slug == "rebench")).Status);
    }

    [Fact]
    public async Task A_save_that_starts_while_a_phase_change_waits_queues_behind_the_change_and_is_refused()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var (ana, bo) = (await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org"), await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org"));
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        await using var scores = await HeldTableLock.HoldAsync(ConnectionString, "scores");

        // Ana's save holds the round while it waits at its insert; the move waits for her; then Bo saves. Were Bo let
        // past the waiting move (as PostgreSQL lets a share lock past a waiting row lock), analysts saving without
        // pause could hold the move off indefinitely.
        var first = recorder.SaveAsync(Score(ana, 4));
        await scores.UntilWaitingAsync(1, first);
        var move = Lifecycle.MoveAsync("rebench", RoundStatus.Review);
        await scores.UntilWaitingAsync(2, move);
        var second = Task.Run(() => recorder.SaveAsync(Score(bo, 2)));
        await scores.UntilWaitingAsync(3, second);
        await scores.ReleaseAsync();

        Assert.False((await first).IsConflict);
        await move;
        await Assert.ThrowsAsync<RoundClosedException>(() => second);
        await using var db = await ContextAsync();
        Assert.Equal([(byte?)4], await db.Scores.Where(s => s.RoundId == round.Id).Select(s => s.Value).ToListAsync());
    }

    [Theory]
    [InlineData("score")]
    [InlineData("evidence")]
    [InlineData("decision")]
    [InlineData("added partner")]
    [InlineData("opportunity")]
    [InlineData("weights")]
    [InlineData("settings")]
    [InlineData("analysts")]
    [InlineData("scope")]
    public async Task A_write_that_starts_while_the_round_changes_phase_waits_for_it_and_is_refused_after_it(string write)
    {
        var (from, to, writeAsync) = await StageAsync(write);
        await using var db = await ContextAsync();
        var auditBefore = await db.AuditLog.CountAsync();
        await using var audit = await HeldTableLock.HoldAsync(ConnectionString, "audit_log", Services.GetRequiredService<PortalDatabase>().OwnerConnectionString);

        // The phase change stops at its audit entry, still in its transaction; the write starts meanwhile.
        var move = Lifecycle.MoveAsync("rebench", to);
        await audit.UntilWaitingAsync(1, move);
        var change = Task.Run(writeAsync);
        await audit.UntilWaitingAsync(2, change);
        var wroteDuringTheChange = change.IsCompleted;
        await audit.ReleaseAsync();
        await move;

        Assert.False(wroteDuringTheChange);
        var refused = await Assert.ThrowsAsync<RoundClosedException>(() => change);
        Assert.Contains(from == RoundStatus.Review ? "published" : to.ToString(), refused.Message);
        Assert.Equal(auditBefore + 1, await db.AuditLog.CountAsync());
        Assert.Equal(to, (await db.Rounds.SingleAsync(r => r.Slug == "rebench")).Status);
    }

    /// <summary>A round in the phase the write needs, everything the write needs in place, and the phase the round then moves to.</summary>
    private async Task<(RoundStatus From, RoundStatus To, Func<Task> Write)> StageAsync(string write)
    {
        var from = write switch
        {
            "score" or "evidence" => RoundStatus.Scoring,
            "scope" => RoundStatus.Draft,
            _ => RoundStatus.Review,
        };
        var to = from switch { RoundStatus.Scoring => RoundStatus.Review, RoundStatus.Draft => RoundStatus.Scoring, _ => RoundStatus.Published };
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench", from);
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        var decisions = Services.GetRequiredService<ShortlistDecisions>();
        Func<Task> writeAsync;
        switch (write)
        {
            case "score":
                writeAsync = () => Services.GetRequiredService<ScoreRecorder>().SaveAsync(Score(analyst, 4));
                break;
            case "evidence":
                var answers = Enum.GetValues<LonglistRequirement>().ToDictionary(r => r, _ => (RequirementStatus.Yes, (string?)null));
                writeAsync = () => Services.GetRequiredService<LonglistEvidenceEditor>()
                    .SaveAsync("rebench", "FRA", "batteries", analyst, new EvidenceInput(answers, "Desk research", null));
                break;
            case "decision":
                writeAsync = () => decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Accepted, "Strong fit.", null);
                break;
            case "added partner":
                writeAsync = () => decisions.DecideAsync("rebench", "ISR", "batteries", ShortlistDecision.Accepted, "Outside the longlist: start-up base.", null);
                break;
            case "opportunity":
                await decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Accepted, "Strong fit.", null);
                var editor = Services.GetRequiredService<OpportunityEditor>();
                var seen = (await editor.ReadAsync("rebench", "CHN", "batteries"))!;
                writeAsync = () => editor.SaveAsync("rebench", "CHN", "batteries", new OpportunityInput(seen.Version, [], ValueCapturePathway.SupplyChain, []));
                break;
            case "weights":
                var weights = Services.GetRequiredService<RoundWeightsEditor>();
                var version = (await weights.ReadAsync("rebench", RoundViewer.Unrestricted)).Version;
                writeAsync = () => weights.SetDirectAsync("rebench", [2, 1, 1, 1, 1], "Late change.", version);
                break;
            case "settings":
                var settings = Services.GetRequiredService<RoundSettingsEditor>();
                var current = await settings.ReadAsync("rebench");
                writeAsync = () => settings.SaveAsync("rebench", current with { SensitivityDraws = 500 });
                break;
            case "analysts":
                writeAsync = () => Lifecycle.AssignAnalystsAsync("rebench", []);
                break;
            default:
                writeAsync = () => Services.GetRequiredService<RoundScopeEditor>().SaveAsync("rebench", ["CHN", "CAN"], ["batteries"]);
                break;
        }
        return (from, to, writeAsync);
    }
}
