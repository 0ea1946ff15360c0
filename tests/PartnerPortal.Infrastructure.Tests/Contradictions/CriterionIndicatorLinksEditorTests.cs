using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Contradictions;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Contradictions;

public class CriterionIndicatorLinksEditorTests : SeededStudyTests
{
    private const string RdSpending = "GB.XPD.RSDV.GD.ZS";

    private CriterionIndicatorLinksEditor Editor => Services.GetRequiredService<CriterionIndicatorLinksEditor>();

    [Fact]
    public async Task A_link_is_added_once_its_direction_changed_and_removed_each_audited_in_words()
    {
        var feasibility = await Editor.ListAsync("feasibility");
        Assert.DoesNotContain(feasibility, l => l.Code == RdSpending);

        using (AuditActing.As("admin@example.org"))
        {
            await Editor.AddAsync("feasibility", RdSpending, higherValueSupportsHigherScore: true);
            var duplicate = await Assert.ThrowsAsync<CriterionIndicatorLinkException>(() => Editor.AddAsync("feasibility", RdSpending, false));
            Assert.Equal(CriterionIndicatorLinksEditor.IndicatorField, duplicate.Field);
            await Editor.SetDirectionAsync("feasibility", RdSpending, wasHigherValueSupportsHigherScore: true, higherValueSupportsHigherScore: false);
            Assert.False(Assert.Single(await Editor.ListAsync("feasibility"), l => l.Code == RdSpending).HigherValueSupportsHigherScore);
            await Editor.RemoveAsync("feasibility", RdSpending);
        }

        Assert.Equal(feasibility, await Editor.ListAsync("feasibility"));
        var (lines, _) = await Services.GetRequiredService<AuditLogReader>().LinesAsync(new AuditQuery(EntityType: nameof(CriterionIndicatorLink)), 0, 10, oldestFirst: true);
        Assert.Equal(["added", "changed", "deleted"], lines.Select(l => l.What));
        Assert.All(lines, l => Assert.Equal((AuditKinds.Criterion, "Feasibility ↔ Research and development expenditure"), (l.Kind, l.Record)));
        Assert.Contains("A higher value supports a higher score: yes → no", lines[1].Changes.Select(c => c.ToString()));
    }

    [Fact]
    public async Task An_unknown_indicator_and_a_direction_changed_meanwhile_are_refused()
    {
        var unknown = await Assert.ThrowsAsync<CriterionIndicatorLinkException>(() => Editor.AddAsync("rie", "NO.SUCH.CODE", true));
        Assert.Equal(CriterionIndicatorLinksEditor.IndicatorField, unknown.Field);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Editor.AddAsync("no-such-criterion", RdSpending, true));

        var stale = await Assert.ThrowsAsync<CriterionIndicatorLinkException>(() => Editor.SetDirectionAsync("rie", RdSpending, wasHigherValueSupportsHigherScore: false, true));
        Assert.Equal("Direction", stale.Field);
        Assert.True(Assert.Single(await Editor.ListAsync("rie"), l => l.Code == RdSpending).HigherValueSupportsHigherScore);
    }

    [Fact]
    public async Task Unlinking_an_indicator_clears_the_flags_it_raised_in_an_analysis_already_loaded()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "linked");
        var ana = await StudyRoundCopy.AddAnalystAsync(Services, round, "ana@example.org");
        await using (var db = await ContextAsync())
        {
            var import = new IndicatorImport { FileName = "rd.csv", Format = "csv", ImportedBy = "test", ImportedAt = DateTimeOffset.UtcNow };
            db.IndicatorImports.Add(import);
            await db.SaveChangesAsync();
            var rd = db.Indicators.Single(i => i.Code == RdSpending);
            string[] codes = ["KOR", "JPN", "DEU", "USA", "FRA", "CAN", "AUS", "CHN"];
            var countries = db.Countries.Where(c => codes.Contains(c.Code)).ToDictionary(c => c.Code, c => c.Id);
            db.IndicatorValues.AddRange(codes.Select((code, i) => new IndicatorValue { IndicatorId = rd.Id, CountryId = countries[code], Year = 2021, Value = 4.9 - i * 0.5, ImportId = import.Id }));
            await db.SaveChangesAsync();
        }
        string[] criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        for (var i = 0; i < criteria.Length; i++)
        {
            Assert.False((await recorder.SaveAsync(new ScoreInput("linked", "CHN", "batteries", criteria[i], ana, i == 0 ? (byte)5 : (byte)3, Confidence.Medium, null, null, null))).IsConflict);
        }
        var analyzer = Services.GetRequiredService<RoundAnalyzer>();
        var flagged = await analyzer.AnalyseAsync("linked", RoundViewer.Unrestricted);
        Assert.Single(flagged.ContradictionsIn(flagged.FindPair("CHN", "batteries")!.Value));

        await Editor.RemoveAsync("rie", RdSpending);
        var unlinked = await analyzer.AnalyseAsync("linked", RoundViewer.Unrestricted);

        Assert.Empty(unlinked.ContradictionsIn(unlinked.FindPair("CHN", "batteries")!.Value));
    }
}
