using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Infrastructure.Countries;

namespace PartnerPortal.Web.Tests.Features.Countries;

public class EditCountryPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Brazil(string version = "0", string region = "Latin America & Caribbean") => new()
    {
        ["version"] = version, ["code"] = "bra", ["iso2"] = "br", ["iso3"] = "bra", ["name"] = "Brazil", ["study-name"] = "Brazil",
        ["kind"] = "Country", ["region"] = region, ["maturity"] = "Emerging",
    };

    [Fact]
    public async Task An_admin_adds_a_country_and_a_second_admin_working_from_an_older_version_is_refused()
    {
        var first = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var second = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));

        var added = await PortalFactory.SubmitFormAsync(first, "/countries/new", "country", Brazil());
        var duplicate = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(first, "/countries/new", "country", Brazil()));
        var editors = portal.Services.GetRequiredService<CountryEditor>();
        var seen = (await editors.ReadAsync("BRA"))!.Version.ToString();
        await PortalFactory.SubmitFormAsync(first, "/countries/BRA/edit", "country", Brazil(seen, "South America"));
        var stale = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(second, "/countries/BRA/edit", "country", Brazil(seen, "Americas")));

        Assert.EndsWith("/countries/BRA/edit?added=true", added.Headers.Location!.OriginalString);
        Assert.Contains("already a country with the code BRA", duplicate.QuerySelector("#code-error")!.TextContent);
        Assert.Contains("saved this country while you were editing", stale.Body!.TextContent);
        Assert.Equal("Americas", stale.QuerySelector("#region")!.GetAttribute("value"));
        var stored = (await editors.ReadAsync("BRA"))!;
        Assert.Equal(("South America", PartnerMaturity.Emerging, "BR"), (stored.Region, stored.Maturity, stored.Iso2));
    }

    [Fact]
    public async Task A_groupings_members_are_chosen_with_the_grouping()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var editor = portal.Services.GetRequiredService<CountryEditor>();
        var scandinavia = (await editor.ReadAsync("SCANDINAVIA"))!;

        await PortalFactory.SubmitFormAsync(admin, "/countries/SCANDINAVIA/edit", "country", new()
        {
            ["version"] = scandinavia.Version.ToString(), ["name"] = scandinavia.Name, ["study-name"] = scandinavia.StudyName, ["kind"] = "Grouping",
            ["region"] = scandinavia.Region, ["maturity"] = scandinavia.Maturity.ToString(), ["iso2"] = "", ["iso3"] = "", ["members"] = "DNK",
        });

        Assert.NotEqual(["DNK"], scandinavia.Members);
        Assert.Equal(["DNK"], (await editor.ReadAsync("SCANDINAVIA"))!.Members);
    }

    [Fact]
    public async Task A_country_without_a_region_or_with_a_malformed_iso_code_is_refused_beside_the_field()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var fields = Brazil(region: "");
        (fields["code"], fields["iso2"]) = ("ARG", "ARG");

        var page = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/countries/new", "country", fields));

        Assert.Contains("world region", page.QuerySelector("#region-error")!.TextContent);
        Assert.Contains("two capital letters", page.QuerySelector("#iso2-error")!.TextContent);
        Assert.Null(await portal.Services.GetRequiredService<CountryEditor>().ReadAsync("ARG"));
    }
}
