using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Scoring;

public class PairEvidenceReaderTests : SeededStudyTests
{
    private PairEvidenceReader Reader => Services.GetRequiredService<PairEvidenceReader>();

    private Task<ScoreSaveResult> ScoreAsync(string analyst, string criterion, byte value, string note, string? sources) =>
        Services.GetRequiredService<ScoreRecorder>().SaveAsync(new ScoreInput("rebench", "CAN", "quantum-systems-manufacturing", criterion, analyst, value, Confidence.Low, note, sources, null));

    [Fact]
    public async Task A_manager_reads_each_analysts_score_confidence_note_and_sources_per_criterion()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        var bo = await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org");
        await ScoreAsync(ana, "rie", 4, "Strong national programme.", "https://example.org/report\nhttps://www.oecd.org/msti");
        await ScoreAsync(bo, "rie", 2, "Few firms.", null);

        var evidence = await Reader.ReadAsync("rebench", "CAN", "quantum-systems-manufacturing", new RoundViewer("manager", [PortalRoles.PortfolioManager]));

        Assert.Equal(5, evidence!.Count);
        var rie = evidence.Single(c => c.CriterionCode == "rie");
        Assert.Equal(["ana@example.org", "bo@example.org"], rie.Scores.Select(s => s.Analyst));
        var first = rie.Scores[0];
        Assert.Equal(((byte?)4, Confidence.Low, "Strong national programme."), (first.Value, first.Confidence, first.Note));
        Assert.Equal(["https://example.org/report", "https://www.oecd.org/msti"], first.Sources);
        Assert.Empty(evidence.Single(c => c.CriterionCode == "economic").Scores);
    }

    [Fact]
    public async Task An_analyst_reads_no_colleagues_evidence_before_the_round_is_published()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await ScoreAsync(ana, "rie", 4, "Strong national programme.", null);

        var evidence = await Reader.ReadAsync("rebench", "CAN", "quantum-systems-manufacturing", RoundViewer.Analyst(ana));

        Assert.Null(evidence);
    }
}
