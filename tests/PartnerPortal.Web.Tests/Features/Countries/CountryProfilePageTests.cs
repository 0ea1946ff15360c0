using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Countries;

public class CountryProfilePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_countrys_profile_shows_why_it_is_a_priority_its_latest_values_and_a_chart_per_indicator()
    {
        var analyst = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));
        var empty = await Html.ParseAsync(await analyst.GetAsync("/countries/CHN"));
        await using (var file = File.OpenRead(IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv")))
        {
            Assert.True((await portal.Services.GetRequiredService<IndicatorImporter>().ImportAsync(file, "sample.csv", dryRun: false)).Imported);
        }

        var page = await Html.ParseAsync(await analyst.GetAsync("/countries/CHN"));

        Assert.Contains("No indicator data yet", empty.Body!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("#selection-heading + ul li"));
        Assert.Equal("2.56", page.QuerySelector(".indicator-facts td.numeric")!.TextContent.Trim());
        // The chart draws from the circuit; the same years and values are in its table.
        Assert.Equal(["2019", "2020", "2021", "2022"], page.QuerySelectorAll(".series-table tbody th").Select(th => th.TextContent));
        Assert.NotNull(page.QuerySelector("figure.series-figure [role=img][aria-label*='latest']"));
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/countries/NOWHERE")).StatusCode);
    }

    [Fact]
    public async Task A_profile_shows_the_cooperation_conditions_from_each_home_country_and_an_unassessed_risk_as_unknown()
    {
        var editor = portal.Services.GetRequiredService<CooperationConditionsEditor>();
        var home = (await editor.HomeCountriesAsync())[0];
        Assert.Null(await editor.SaveAsync(CooperationConditionsDetails.None(home.Code, "IND") with
        {
            AgreementInForceSince = new DateOnly(2001, 11, 22), RiskLevel = CountryRiskLevel.Medium, RiskRationale = "Some dual-use export concerns.", Sources = "Government guidance, 2024",
        }));
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var assessed = await Html.ParseAsync(await manager.GetAsync("/countries/IND"));
        var unassessed = await Html.ParseAsync(await manager.GetAsync("/countries/ISR"));

        var facts = assessed.QuerySelector(".conditions-summary")!.TextContent;
        Assert.Contains($"As seen from {home.Name}", facts);
        Assert.Contains("in force since 22 November 2001", facts);
        Assert.Contains("Medium: Some dual-use export concerns.", facts);
        Assert.Contains("Government guidance, 2024", facts);
        Assert.Contains("Unknown (not yet assessed)", unassessed.QuerySelector(".conditions-summary")!.TextContent);
    }
}
