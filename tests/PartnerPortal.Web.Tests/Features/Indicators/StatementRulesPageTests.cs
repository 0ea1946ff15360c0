using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Indicators;

public class StatementRulesPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_admin_adds_a_rule_and_the_country_it_names_shows_the_statement_with_its_rule_and_data()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var analyst = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));
        await using (var file = File.OpenRead(IndicatorFiles.Sample("API_GB.XPD.RSDV.GD.ZS_DS2_sample.csv")))
        {
            Assert.True((await portal.Services.GetRequiredService<IndicatorImporter>().ImportAsync(file, "sample.csv", dryRun: false)).Imported);
        }

        var refused = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/indicators/rules/new", "rule", new()
        {
            ["statement"] = "R&D leader in the sample", ["indicator"] = "GB.XPD.RSDV.GD.ZS", ["kind"] = "Top", ["threshold"] = "one", ["minimum"] = "3",
        }));
        var added = await PortalFactory.SubmitFormAsync(admin, "/indicators/rules/new", "rule", new()
        {
            ["statement"] = "R&D leader in the sample", ["indicator"] = "GB.XPD.RSDV.GD.ZS", ["kind"] = "Top", ["threshold"] = "1", ["minimum"] = "3",
        });
        var rules = await Html.ParseAsync(await analyst.GetAsync("/indicators/rules"));
        var germany = await Html.ParseAsync(await analyst.GetAsync("/countries/DEU"));
        var china = await Html.ParseAsync(await analyst.GetAsync("/countries/CHN"));

        Assert.Contains("Give N (top N) or the threshold value.", refused.QuerySelector("#threshold-error")!.TextContent);
        Assert.Equal((System.Net.HttpStatusCode.Found, "/indicators/rules"), (added.StatusCode, added.Headers.Location!.AbsolutePath));
        var row = rules.QuerySelectorAll(".statement-rules tbody tr").Single(r => r.TextContent.Contains("R&D leader in the sample"));
        Assert.Contains("2021, 3 countries", row.TextContent);
        Assert.Contains("Germany (1)", row.TextContent);
        Assert.Empty(row.QuerySelectorAll("a[href$='/edit']"));
        var statement = germany.QuerySelector(".derived-statements li")!.TextContent;
        Assert.Contains("R&D leader in the sample", statement);
        Assert.Contains("Rank 1 of 3 countries in 2021 (3.13 % of GDP)", statement);
        Assert.Contains("top 1 countries by Research and development expenditure (% of GDP)", statement);
        Assert.Null(china.QuerySelector(".derived-statements"));
    }
}
