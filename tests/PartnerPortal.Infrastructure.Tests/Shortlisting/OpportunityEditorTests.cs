using PartnerPortal.Infrastructure.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Shortlisting;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Shortlisting;

public class OpportunityEditorTests : SeededStudyTests
{
    private OpportunityEditor Editor => Services.GetRequiredService<OpportunityEditor>();

    private async Task<(int Reciprocity, int JointFunding)> IdsAsync()
    {
        await using var db = await ContextAsync();
        return ((await db.Principles.FirstAsync()).Id, (await db.Instruments.OrderBy(i => i.Position).FirstAsync()).Id);
    }

    [Fact]
    public async Task An_accepted_opportunitys_principles_pathways_and_instruments_are_saved_and_exported()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        await Services.GetRequiredService<ShortlistDecisions>().DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Accepted, "Strong fit.", null);
        var (principle, instrument) = await IdsAsync();
        var seen = (await Editor.ReadAsync("rebench", "CHN", "batteries"))!;

        var conflict = await Editor.SaveAsync("rebench", "CHN", "batteries", new OpportunityInput(seen.Version,
            [(principle, PrincipleStatus.AtRisk, "IP terms not yet agreed")], ValueCapturePathway.SupplyChain | ValueCapturePathway.Technology, [instrument]));

        Assert.Null(conflict);
        var saved = (await Editor.ReadAsync("rebench", "CHN", "batteries"))!;
        Assert.Equal(PrincipleStatus.AtRisk, saved.Principles.Single(p => p.PrincipleId == principle).Status);
        Assert.True(saved.Instruments.Single(i => i.Id == instrument).Selected);
        var output = new MemoryStream();
        await Services.GetRequiredService<RoundExporter>().ExportAsync("rebench", RoundTable.Shortlist, ExportFormat.Json, output, RoundViewer.Unrestricted);
        var json = System.Text.Encoding.UTF8.GetString(output.ToArray());
        var exported = System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().Single();
        Assert.Equal(["Supply chain", "Technology"], exported.GetProperty("valueCapture").EnumerateArray().Select(v => v.GetString()));
        var reciprocity = exported.GetProperty("principles").EnumerateArray().First();
        Assert.Equal(("at risk", "IP terms not yet agreed"), (reciprocity.GetProperty("status").GetString(), reciprocity.GetProperty("note").GetString()));
        Assert.Equal("Strong fit.", exported.GetProperty("rationale").GetString());
    }

    [Fact]
    public async Task A_stale_save_is_refused_and_a_rejected_pair_has_no_opportunity_to_describe()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        var decisions = Services.GetRequiredService<ShortlistDecisions>();
        await decisions.DecideAsync("rebench", "CHN", "batteries", ShortlistDecision.Accepted, "Strong fit.", null);
        await decisions.DecideAsync("rebench", "CAN", "batteries", ShortlistDecision.Rejected, "Covered elsewhere.", null);
        var seen = (await Editor.ReadAsync("rebench", "CHN", "batteries"))!;
        Assert.Null(await Editor.SaveAsync("rebench", "CHN", "batteries", new OpportunityInput(seen.Version, [], ValueCapturePathway.SupplyChain, [])));

        var stale = await Editor.SaveAsync("rebench", "CHN", "batteries", new OpportunityInput(seen.Version, [], ValueCapturePathway.Technology, []));
        var rejected = await Assert.ThrowsAsync<ShortlistDecisionException>(() =>
            Editor.SaveAsync("rebench", "CAN", "batteries", new OpportunityInput(0, [], ValueCapturePathway.Technology, [])));

        Assert.Equal(ValueCapturePathway.SupplyChain, stale!.Current.ValueCapture);
        Assert.Contains("accept it first", rejected.Message);
    }
}
