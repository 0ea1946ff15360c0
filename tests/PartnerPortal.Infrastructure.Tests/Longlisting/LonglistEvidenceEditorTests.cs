using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Longlisting;

public class LonglistEvidenceEditorTests : SeededStudyTests
{
    private static EvidenceInput AllYes(uint? version, string source = "Desk research, March 2026") => new(
        Enum.GetValues<LonglistRequirement>().ToDictionary(r => r, r => (RequirementStatus.Yes, (string?)$"https://example.org/{r}")), source, version);

    [Fact]
    public async Task Evidence_an_analyst_records_longlists_the_pair_with_its_sources()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");

        Assert.Null(await Services.GetRequiredService<LonglistEvidenceEditor>().SaveAsync("rebench", "FRA", "batteries", analyst, AllYes(null)));

        var analysis = await Services.GetRequiredService<RoundAnalyzer>().AnalyseAsync("rebench", RoundViewer.Unrestricted);
        var pair = analysis.FindPair("FRA", "batteries")!.Value;
        Assert.True(analysis.IsLonglisted(pair));
        Assert.Equal("https://example.org/HomeTrackRecord", analysis.Evidence[pair].SourceOf(LonglistRequirement.HomeTrackRecord));
        Assert.False(analysis.Evidence[pair].IsReconstructed);
    }

    [Fact]
    public async Task A_save_from_an_older_version_is_refused_and_an_unassigned_analyst_cannot_save()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "rebench");
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        var editor = Services.GetRequiredService<LonglistEvidenceEditor>();
        uint seen;
        await using (var db = await ContextAsync())
        {
            seen = (await db.LonglistEvidence.Include(e => e.Country).Include(e => e.Technology)
                .SingleAsync(e => e.RoundId == round.Id && e.Country!.Code == "CHN" && e.Technology!.Slug == "batteries")).Version;
        }
        Assert.Null(await editor.SaveAsync("rebench", "CHN", "batteries", ana, AllYes(seen, "Updated")));

        var stale = await editor.SaveAsync("rebench", "CHN", "batteries", ana, AllYes(seen, "Stale"));
        var outsider = await Assert.ThrowsAsync<ScoringInputException>(() => editor.SaveAsync("rebench", "CHN", "batteries", "no-such-analyst", AllYes(null)));

        Assert.Equal("Updated", stale!.Current.Source);
        Assert.Contains("not assigned", outsider.Message);
    }
}
