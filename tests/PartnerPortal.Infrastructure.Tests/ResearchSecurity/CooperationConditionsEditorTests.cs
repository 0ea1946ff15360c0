using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.ResearchSecurity;

public class CooperationConditionsEditorTests : SeededStudyTests
{
    private CooperationConditionsEditor Editor => Services.GetRequiredService<CooperationConditionsEditor>();

    private async Task<string> HomeAsync() => (await Editor.HomeCountriesAsync())[0].Code;

    [Fact]
    public async Task Conditions_never_recorded_read_as_unknown_risk_and_the_home_countries_are_those_rounds_are_run_from()
    {
        var homes = await Editor.HomeCountriesAsync();
        var home = Assert.Single(homes);

        var none = (await Editor.ReadAsync(home.Code, "CHN"))!;

        Assert.Equal((CountryRiskLevel.Unknown, false, 0u), (none.RiskLevel, none.Recorded, none.Version));
        Assert.Null(await Editor.ReadAsync(home.Code, "NOWHERE"));
        var profile = Assert.Single(await Editor.ForCountryAsync("CHN"));
        Assert.Equal((home, CountryRiskLevel.Unknown), (profile.Home, profile.Conditions.RiskLevel));
    }

    [Fact]
    public async Task Assessing_a_partners_risk_rescreens_the_rounds_run_from_that_home_country_and_is_audited_in_words()
    {
        await StudyRoundCopy.CreateAsync(Services, "assessed");
        var analyzer = Services.GetRequiredService<RoundAnalyzer>();
        var before = await analyzer.AnalyseAsync("assessed", RoundViewer.Unrestricted);
        var pair = before.FindPair("CHN", "batteries")!.Value;
        Assert.Equal(CountryRiskLevel.Unknown, before.ScreeningOf(pair).CountryRisk);
        var home = await HomeAsync();

        using (AuditActing.As("admin@example.org"))
        {
            Assert.Null(await Editor.SaveAsync((await Editor.ReadAsync(home, "CHN"))! with
            {
                RiskLevel = CountryRiskLevel.High, RiskRationale = "National intelligence law obliges cooperation.", Sources = "MI5 NPSA guidance, 2023",
                AgreementInForceSince = new DateOnly(2013, 9, 1),
            }));
        }
        var after = await analyzer.AnalyseAsync("assessed", RoundViewer.Unrestricted);

        Assert.Equal(CountryRiskLevel.High, after.ScreeningOf(pair).CountryRisk);
        Assert.NotEqual(before.ScreeningOf(pair).Level, after.ScreeningOf(pair).Level);
        var (lines, _) = await Services.GetRequiredService<AuditLogReader>().LinesAsync(new AuditQuery(EntityType: nameof(CountryCooperationConditions)), 0, 10);
        var line = Assert.Single(lines);
        Assert.Equal((AuditKinds.Country, "cooperation conditions of China with United Kingdom"), (line.Kind, line.Record));
        Assert.Contains(line.Changes, c => c.Field == "S&T agreement in force since");
        Assert.Contains(line.Changes, c => c.Field == "Risk level" && c.New == "High");
    }

    [Fact]
    public async Task An_assessed_risk_without_rationale_or_sources_and_an_agreement_dated_in_the_future_are_refused_at_their_fields()
    {
        var none = (await Editor.ReadAsync(await HomeAsync(), "CHN"))!;

        var unexplained = await Assert.ThrowsAsync<ValidationException>(() => Editor.SaveAsync(none with { RiskLevel = CountryRiskLevel.Low }));
        Assert.Equal(["RiskRationale", "Sources"], unexplained.Errors.Select(e => e.PropertyName).Order());
        var future = await Assert.ThrowsAsync<ValidationException>(() => Editor.SaveAsync(none with { AgreementInForceSince = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2) }));
        Assert.Equal("AgreementInForceSince", Assert.Single(future.Errors).PropertyName);
        var overlong = await Assert.ThrowsAsync<ValidationException>(() => Editor.SaveAsync(none with { ValuesNote = new string('x', 2001) }));
        Assert.Equal("ValuesNote", Assert.Single(overlong.Errors).PropertyName);

        Assert.Null(await Editor.SaveAsync(none with { AssociatedToProgrammes = false, ValuesNote = "Unknown risk needs no rationale." }));
        Assert.Equal(CountryRiskLevel.Unknown, (await Editor.ReadAsync(await HomeAsync(), "CHN"))!.RiskLevel);
    }

    [Fact]
    public async Task A_save_from_a_stale_read_is_refused_with_what_the_other_admin_saved()
    {
        var home = await HomeAsync();
        Assert.Null(await Editor.SaveAsync(CooperationConditionsDetails.None(home, "JPN") with { AssociatedToProgrammes = true }));
        var read = (await Editor.ReadAsync(home, "JPN"))!;
        using (AuditActing.As("first@example.org"))
        {
            Assert.Null(await Editor.SaveAsync(read with { ReciprocityConcerns = "None known." }));
        }

        var conflict = await Editor.SaveAsync(read with { AssociatedToProgrammes = false });
        var unrecorded = await Editor.SaveAsync(CooperationConditionsDetails.None(home, "JPN"));

        Assert.Equal(("first@example.org", "None known.", true), (conflict!.SavedBy, conflict.Current.ReciprocityConcerns, conflict.Current.AssociatedToProgrammes));
        Assert.NotNull(unrecorded);
        Assert.True((await Editor.ReadAsync(home, "JPN"))!.AssociatedToProgrammes);
    }
}
