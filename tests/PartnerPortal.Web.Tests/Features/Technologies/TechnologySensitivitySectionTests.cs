using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Web.Features.Technologies;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Technologies;

/// <summary>The research-security section of a technology's edit page in a circuit: the derived level, validation at the field, the version check, audit, admins only.</summary>
public class TechnologySensitivitySectionTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private TechnologySensitivityEditor Editor => Portal.Services.GetRequiredService<TechnologySensitivityEditor>();

    private IRenderedComponent<TechnologySensitivitySection> RenderSection(string slug)
    {
        RenderProviders();
        var section = Render<TechnologySensitivitySection>(p => p.Add(x => x.TechnologySlug, slug));
        section.WaitForElement("#sensitivity-source", Patience);
        return section;
    }

    private static void Tick(IRenderedComponent<TechnologySensitivitySection> section, CriticalTechnologyArea area, bool on) =>
        section.InvokeAsync(() => section.Find($"input#area-{area}, #area-{area} input").Change(on)).GetAwaiter().GetResult();

    private static void Type(IRenderedComponent<TechnologySensitivitySection> section, string id, string value) =>
        section.InvokeAsync(() => section.Find(id).Change(value)).GetAwaiter().GetResult();

    [Fact]
    public async Task An_admin_ticks_an_area_sees_the_level_follow_and_saves_it_audited_under_their_name()
    {
        var admin = await SignInNewAsync(PortalRoles.Admin);
        var section = RenderSection("sustainable-plastics");
        Assert.Contains("Low", section.Find(".derived-level").TextContent);

        Tick(section, CriticalTechnologyArea.Quantum, true);
        section.WaitForAssertion(() => Assert.Contains("High", section.Find(".derived-level").TextContent), Patience);
        Tick(section, CriticalTechnologyArea.Quantum, false);
        Tick(section, CriticalTechnologyArea.AdvancedMaterials, true);
        Type(section, "#sensitivity-source", "C(2023) 6689, Annex item 10");
        ClickButton(section, "Save research security");

        Snackbars.WaitForAssertion(() => Assert.Contains("Research security saved: Medium.", Snackbars.Markup), Patience);
        var saved = (await Editor.ReadAsync("sustainable-plastics"))!;
        Assert.Equal([CriticalTechnologyArea.AdvancedMaterials], saved.Areas);
        Assert.Equal(("C(2023) 6689, Annex item 10", SensitivityLevel.Medium), (saved.Source, saved.Level));
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Contains(await db.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(TechnologySensitivity)).ToListAsync(),
            a => a.Actor == admin && a.NewValues!.Contains("AdvancedMaterials"));
    }

    [Fact]
    public async Task Dual_use_without_a_source_is_refused_with_the_message_at_the_source_field()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var before = (await Editor.ReadAsync("ar-and-vr"))!;
        var section = RenderSection("ar-and-vr");
        Type(section, "#sensitivity-source", "");

        await section.InvokeAsync(() => section.Find("input#dual-use, #dual-use input").Change(true));
        ClickButton(section, "Save research security");

        section.WaitForAssertion(() => Assert.Contains("Say where the tagging comes from", section.Find("#sensitivity-source").Closest(".mud-input-control")!.TextContent), Patience);
        Assert.Equal(before.Version, (await Editor.ReadAsync("ar-and-vr"))!.Version);
    }

    [Fact]
    public async Task A_save_over_another_admins_shows_theirs_and_keeps_this_admins_entries()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var section = RenderSection("digital-twins");
        var read = (await Editor.ReadAsync("digital-twins"))!;
        Assert.Null(await Editor.SaveAsync(read with { DualUse = true }));

        Type(section, "#sensitivity-source", "Mine, not theirs");
        ClickButton(section, "Save research security");

        section.WaitForAssertion(() => Assert.Contains("saved this technology's tagging while you were editing", section.Find(".sensitivity-conflict").TextContent), Patience);
        Assert.Equal("Mine, not theirs", section.Find("#sensitivity-source").GetAttribute("value"));
        var stored = (await Editor.ReadAsync("digital-twins"))!;
        Assert.Equal((true, read.Source), (stored.DualUse, stored.Source));
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_change_the_tagging()
    {
        await SignInNewAsync(PortalRoles.PortfolioManager);
        var before = (await Editor.ReadAsync("robotics"))!;
        var section = RenderSection("robotics");

        Tick(section, CriticalTechnologyArea.Quantum, true);
        ClickButton(section, "Save research security");

        section.WaitForAssertion(() => Assert.Contains("Only admins change the framework", section.Markup), Patience);
        Assert.Equal(before.Version, (await Editor.ReadAsync("robotics"))!.Version);
    }
}
