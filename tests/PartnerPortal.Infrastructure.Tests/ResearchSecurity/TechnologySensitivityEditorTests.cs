using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.ResearchSecurity;

public class TechnologySensitivityEditorTests : SeededStudyTests
{
    private const string Plastics = "sustainable-plastics";

    private TechnologySensitivityEditor Editor => Services.GetRequiredService<TechnologySensitivityEditor>();

    [Fact]
    public async Task Tagging_a_technology_dual_use_changes_the_screening_of_its_pairs_in_an_analysis_already_loaded()
    {
        await StudyRoundCopy.CreateAsync(Services, "tagged");
        var analyzer = Services.GetRequiredService<RoundAnalyzer>();
        var before = await analyzer.AnalyseAsync("tagged", RoundViewer.Unrestricted);
        var pair = before.FindPair("CAN", Plastics)!.Value;
        Assert.Equal((SensitivityLevel.Low, ScreeningLevel.Low), (before.ScreeningOf(pair).Sensitivity, before.ScreeningOf(pair).Level));

        var read = (await Editor.ReadAsync(Plastics))!;
        Assert.Null(await Editor.SaveAsync(read with { DualUse = true, Source = "Annex I, 1C010 (fibrous materials)" }));
        var after = await analyzer.AnalyseAsync("tagged", RoundViewer.Unrestricted);

        Assert.Equal((SensitivityLevel.High, ScreeningLevel.High), (after.ScreeningOf(pair).Sensitivity, after.ScreeningOf(pair).Level));
    }

    [Fact]
    public async Task A_saved_tagging_is_read_back_with_its_level_and_is_audited_in_words_naming_the_technology_and_the_areas()
    {
        var read = (await Editor.ReadAsync(Plastics))!;
        Assert.Equal(SensitivityLevel.Low, read.Level);

        using (AuditActing.As("admin@example.org"))
        {
            Assert.Null(await Editor.SaveAsync(read with { Areas = [CriticalTechnologyArea.AdvancedMaterials], Note = "  Recycling chemistry.  ", Source = "C(2023) 6689, item 10" }));
        }

        var saved = (await Editor.ReadAsync(Plastics))!;
        Assert.Equal([CriticalTechnologyArea.AdvancedMaterials], saved.Areas);
        Assert.Equal(("Recycling chemistry.", SensitivityLevel.Medium), (saved.Note, saved.Level));
        Assert.NotEqual(read.Version, saved.Version);
        var (lines, _) = await Services.GetRequiredService<AuditLogReader>().LinesAsync(new AuditQuery(EntityType: nameof(TechnologySensitivity), Person: "admin@example.org"), 0, 10);
        var line = Assert.Single(lines);
        Assert.Equal((AuditKinds.Technology, "research-security tagging of Sustainable plastics"), (line.Kind, line.Record));
        Assert.Contains(line.Changes, c => c.Field == "Critical technology areas" && c.New == "Advanced materials, manufacturing and recycling");
    }

    [Fact]
    public async Task A_tagging_without_a_source_or_with_an_overlong_note_is_refused_at_its_field()
    {
        var read = (await Editor.ReadAsync(Plastics))!;

        var unsourced = await Assert.ThrowsAsync<ValidationException>(() => Editor.SaveAsync(read with { DualUse = true, Source = "  " }));
        Assert.Equal(nameof(TechnologySensitivityDetails.Source), Assert.Single(unsourced.Errors).PropertyName);
        var overlong = await Assert.ThrowsAsync<ValidationException>(() => Editor.SaveAsync(read with { Note = new string('x', 2001) }));
        Assert.Equal(nameof(TechnologySensitivityDetails.Note), Assert.Single(overlong.Errors).PropertyName);

        Assert.Equal(read, (await Editor.ReadAsync(Plastics))! with { Areas = read.Areas });
    }

    [Fact]
    public async Task A_save_from_a_stale_read_is_refused_with_what_the_other_admin_saved_and_who_they_are()
    {
        var first = (await Editor.ReadAsync("robotics"))!;
        var second = first;
        using (AuditActing.As("first@example.org"))
        {
            Assert.Null(await Editor.SaveAsync(first with { DualUse = true }));
        }

        var conflict = await Editor.SaveAsync(second with { Note = "Only industrial arms." });

        Assert.NotNull(conflict);
        Assert.Equal(("first@example.org", true), (conflict.SavedBy, conflict.Current.DualUse));
        var stored = (await Editor.ReadAsync("robotics"))!;
        Assert.Equal((true, first.Note), (stored.DualUse, stored.Note));
    }

    [Fact]
    public async Task Tagging_a_technology_someone_else_tagged_first_is_refused_rather_than_replacing_theirs()
    {
        await using (var db = await ContextAsync())
        {
            await db.TechnologySensitivities.Where(s => s.TechnologyId == db.Technologies.Single(t => t.Slug == Plastics).Id).ExecuteDeleteAsync();
        }
        var untagged = (await Editor.ReadAsync(Plastics))!;
        Assert.Equal(0u, untagged.Version);
        using (AuditActing.As("first@example.org"))
        {
            Assert.Null(await Editor.SaveAsync(untagged with { Areas = [CriticalTechnologyArea.Energy], Source = "item 8" }));
        }

        var conflict = await Editor.SaveAsync(untagged with { Note = "Nothing sensitive." });

        Assert.Equal([CriticalTechnologyArea.Energy], conflict!.Current.Areas);
        Assert.Equal(("", SensitivityLevel.Medium), ((await Editor.ReadAsync(Plastics))!.Note, (await Editor.ReadAsync(Plastics))!.Level));
    }
}
