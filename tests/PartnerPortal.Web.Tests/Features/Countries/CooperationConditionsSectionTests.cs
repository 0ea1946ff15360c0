using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Web.Features.Countries;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Countries;

/// <summary>A partner's cooperation conditions on its edit page in a circuit: Unknown by default, validation at the field, the version check, audit, admins only.</summary>
public class CooperationConditionsSectionTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private CooperationConditionsEditor Editor => Portal.Services.GetRequiredService<CooperationConditionsEditor>();

    private async Task<string> HomeAsync() => (await Editor.HomeCountriesAsync())[0].Code;

    private IRenderedComponent<CooperationConditionsSection> RenderSection(string code, string name)
    {
        RenderProviders();
        var section = Render<CooperationConditionsSection>(p => p.Add(x => x.CountryCode, code).Add(x => x.CountryName, name));
        section.WaitForElement("#risk-rationale", Patience);
        return section;
    }

    private static void Type(IRenderedComponent<CooperationConditionsSection> section, string id, string value) =>
        section.InvokeAsync(() => section.Find(id).Change(value)).GetAwaiter().GetResult();

    private static void ChooseRisk(IRenderedComponent<CooperationConditionsSection> section, CountryRiskLevel level) =>
        section.InvokeAsync(() => section.FindComponent<MudSelect<CountryRiskLevel>>().Instance.ValueChanged.InvokeAsync(level)).GetAwaiter().GetResult();

    private static string FieldText(IRenderedComponent<CooperationConditionsSection> section, string id) => section.Find(id).Closest(".mud-input-control")!.TextContent;

    [Fact]
    public async Task An_admin_records_an_assessed_risk_with_rationale_and_sources_and_the_save_is_audited()
    {
        var admin = await SignInNewAsync(PortalRoles.Admin);
        var section = RenderSection("CHN", "China");
        Assert.Contains("Nothing recorded yet", section.Find(".conditions-unrecorded").TextContent);
        Assert.Contains("Unknown", FieldText(section, "#risk-level"));

        Type(section, "#agreement-since", "1998-12-22");
        ChooseRisk(section, CountryRiskLevel.High);
        Type(section, "#risk-rationale", "National intelligence law obliges organisations to support state intelligence work.");
        Type(section, "#risk-sources", "NPSA Trusted Research guidance, 2023");
        ClickButton(section, "Save cooperation conditions");

        Snackbars.WaitForAssertion(() => Assert.Contains("saved: risk High", Snackbars.Markup), Patience);
        var saved = (await Editor.ReadAsync(await HomeAsync(), "CHN"))!;
        Assert.Equal((CountryRiskLevel.High, new DateOnly(1998, 12, 22), "NPSA Trusted Research guidance, 2023"), (saved.RiskLevel, saved.AgreementInForceSince, saved.Sources));
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Contains(await db.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(CountryCooperationConditions)).ToListAsync(), a => a.Actor == admin && a.Action == "added");
    }

    [Fact]
    public async Task A_risk_level_without_rationale_and_a_future_agreement_date_are_refused_at_their_fields()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var section = RenderSection("JPN", "Japan");

        Type(section, "#agreement-since", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd"));
        ChooseRisk(section, CountryRiskLevel.Low);
        ClickButton(section, "Save cooperation conditions");

        section.WaitForAssertion(() => Assert.Contains("Say why the risk is at this level", FieldText(section, "#risk-rationale")), Patience);
        Assert.Contains("Name the sources", FieldText(section, "#risk-sources"));
        Assert.Contains("a date that has passed", FieldText(section, "#agreement-since"));
        Assert.False((await Editor.ReadAsync(await HomeAsync(), "JPN"))!.Recorded);
    }

    [Fact]
    public async Task A_save_over_another_admins_is_refused_with_theirs_shown()
    {
        await SignInNewAsync(PortalRoles.Admin);
        var section = RenderSection("KOR", "South Korea");
        Assert.Null(await Editor.SaveAsync(CooperationConditionsDetails.None(await HomeAsync(), "KOR") with { AssociatedToProgrammes = true, ValuesNote = "Theirs." }));

        Type(section, "#values-note", "Mine.");
        ClickButton(section, "Save cooperation conditions");

        section.WaitForAssertion(() => Assert.Contains("saved these conditions while you were editing", section.Find(".conditions-conflict").TextContent), Patience);
        Assert.Equal("Theirs.", (await Editor.ReadAsync(await HomeAsync(), "KOR"))!.ValuesNote);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_record_conditions()
    {
        await SignInNewAsync(PortalRoles.Analyst);
        var section = RenderSection("DEU", "Germany");

        Type(section, "#values-note", "Not mine to say.");
        ClickButton(section, "Save cooperation conditions");

        section.WaitForAssertion(() => Assert.Contains("Only admins change a country's cooperation conditions", section.Markup), Patience);
        Assert.False((await Editor.ReadAsync(await HomeAsync(), "DEU"))!.Recorded);
    }
}
