using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Rounds;

public class PhaseChangeCheckTests : SeededStudyTests
{
    [Fact]
    public async Task Closing_scoring_with_one_pair_scored_names_the_unscored_pairs_and_the_analysts_who_have_not_started()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "closing");
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await StudyRoundCopy.AddAnalystAsync(Services, round, "bo@example.org");
        foreach (var criterion in new[] { "rie", "economic", "challenges", "additionality", "feasibility" })
        {
            await Services.GetRequiredService<ScoreRecorder>().SaveAsync(
                new ScoreInput("closing", "CAN", "sustainable-plastics", criterion, ana, 4, Confidence.Medium, null, null, null));
        }

        var impact = await Services.GetRequiredService<PhaseChangeCheck>().CheckAsync("closing", RoundStatus.Review);

        Assert.Equal(1, impact.ScoredPairs);
        Assert.Equal(impact.Pairs - 1, impact.UnscoredPairs);
        Assert.Equal(["bo@example.org"], impact.AnalystsNotStarted);
        Assert.False(impact.IsComplete);
        Assert.Contains(impact.Gaps, gap => gap.StartsWith($"{impact.Pairs - 1:N0} of {impact.Pairs:N0} pairs are not fully scored", StringComparison.Ordinal));
        Assert.Contains(impact.Gaps, gap => gap.Contains("1 assigned analyst has not started: bo@example.org", StringComparison.Ordinal));
    }
}
