using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Scoring;

public class ScoreRecorderTests : SeededStudyTests
{
    private ScoreRecorder Recorder => Services.GetRequiredService<ScoreRecorder>();

    private static ScoreInput Input(string analystId, byte? value, uint? version = null, string round = "rebench", string? sources = null) =>
        new(round, "CAN", "quantum-systems-manufacturing", "rie", analystId, value, Confidence.High, "Strong national programme.", sources, version);

    [Fact]
    public async Task A_first_score_is_stored_and_a_later_save_with_its_version_replaces_it()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");

        var first = await Recorder.SaveAsync(Input(analyst, 4, sources: "https://example.org/report"));
        var second = await Recorder.SaveAsync(Input(analyst, 5, first.Score.Version));

        Assert.False(first.IsConflict);
        Assert.False(second.IsConflict);
        await using var db = await ContextAsync();
        var stored = await db.Scores.SingleAsync();
        Assert.Equal((byte)5, stored.Value);
        Assert.Equal(Confidence.High, stored.Confidence);
        Assert.Equal(second.Score.Version, stored.Version);
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_and_the_newer_score_kept()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        var first = await Recorder.SaveAsync(Input(analyst, 2));
        await Recorder.SaveAsync(Input(analyst, 3, first.Score.Version));

        var stale = await Recorder.SaveAsync(Input(analyst, 5, first.Score.Version));
        var blind = await Recorder.SaveAsync(Input(analyst, 1, version: null));

        Assert.True(stale.IsConflict);
        Assert.True(blind.IsConflict);
        Assert.Equal((byte)3, stale.Score.Value);
        await using var db = await ContextAsync();
        Assert.Equal((byte)3, (await db.Scores.SingleAsync()).Value);
    }

    [Fact]
    public async Task Insufficient_evidence_is_stored_as_a_score_without_a_value()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");

        await Recorder.SaveAsync(Input(analyst, null));

        await using var db = await ContextAsync();
        Assert.True((await db.Scores.SingleAsync()).IsInsufficientEvidence);
    }

    [Fact]
    public async Task Bad_values_and_source_lines_are_refused_with_their_reason_and_nothing_is_stored()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");

        var outOfScale = await Assert.ThrowsAsync<ValidationException>(() => Recorder.SaveAsync(Input(analyst, 6)));
        var badSource = await Assert.ThrowsAsync<ValidationException>(() => Recorder.SaveAsync(Input(analyst, 3, sources: "https://ok.org\nmy notes")));

        Assert.Contains("1 to 5", outOfScale.Message);
        Assert.Contains("Source line 2 is not a web link", badSource.Message);
        await using var db = await ContextAsync();
        Assert.Empty(db.Scores);
    }

    [Fact]
    public async Task Only_assigned_analysts_score_only_pairs_in_scope_only_while_scoring()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var assigned = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        var draft = await StudyRoundCopy.CreateAsync(Services, "draft", RoundStatus.Draft);
        await StudyRoundCopy.AddAnalystAsync(Services, draft, "bo@example.org");
        string outsider;
        await using (var db = await ContextAsync())
        {
            outsider = (await db.Users.SingleAsync(u => u.Email == "bo@example.org")).Id;
        }

        var notAssigned = await Assert.ThrowsAsync<ScoringInputException>(() => Recorder.SaveAsync(Input(outsider, 3)));
        var outOfScope = await Assert.ThrowsAsync<ScoringInputException>(() => Recorder.SaveAsync(Input(assigned, 3) with { CountryCode = "GBR" }));
        var notOpen = await Assert.ThrowsAsync<RoundClosedException>(() => Recorder.SaveAsync(Input(outsider, 3, round: "draft")));
        var published = await Assert.ThrowsAsync<RoundClosedException>(() => Recorder.SaveAsync(Input(assigned, 3, round: Study.RoundSlug)));

        Assert.Contains("not assigned", notAssigned.Message);
        Assert.Contains("not in the scope", outOfScope.Message);
        Assert.Contains("only while it is in Scoring", notOpen.Message);
        Assert.Contains("published", published.Message);
    }
}
