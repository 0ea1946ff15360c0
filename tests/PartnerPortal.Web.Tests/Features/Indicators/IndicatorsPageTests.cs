using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Web.Tests.Features.Indicators;

public class IndicatorsPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Fields(string name, string version = "0") => new()
    {
        ["version"] = version, ["code"] = "PUB.AI", ["name"] = name, ["unit"] = "count", ["source"] = "OpenAlex", ["direction"] = "higher",
        ["description"] = "Publications on artificial intelligence",
    };

    [Fact]
    public async Task An_admin_adds_an_indicator_of_their_own_and_everyone_sees_it_in_the_catalogue()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var analyst = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));

        var refused = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/indicators/new", "indicator", Fields(name: "")));
        var added = await PortalFactory.SubmitFormAsync(admin, "/indicators/new", "indicator", Fields("AI publications"));
        var duplicate = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/indicators/new", "indicator", Fields("AI publications again")));
        var catalogue = await Html.ParseAsync(await analyst.GetAsync("/indicators"));

        Assert.Contains("Give the indicator's name.", refused.QuerySelector("#name-error")!.TextContent);
        Assert.Equal("/indicators", added.Headers.Location!.AbsolutePath);
        Assert.Contains("There is already an indicator 'PUB.AI'.", duplicate.QuerySelector("#code-error")!.TextContent);
        var row = catalogue.QuerySelectorAll(".indicator-catalogue tbody tr").Single(r => r.TextContent.Contains("PUB.AI"));
        Assert.Contains("AI publications", row.TextContent);
        Assert.Contains("no data yet", row.TextContent);
        Assert.Empty(row.QuerySelectorAll("a[href$='/edit']"));
        Assert.Equal(17, catalogue.QuerySelectorAll(".indicator-catalogue tbody tr").Length - 1);
    }

    [Fact]
    public async Task A_stale_edit_of_an_indicator_is_refused_and_keeps_what_was_typed()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));
        var page = await Html.ParseAsync(await admin.GetAsync("/indicators/UNICORNS/edit"));
        var version = page.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        var fields = Fields("Unicorn start-ups", version);
        fields["code"] = "UNICORNS";

        await PortalFactory.SubmitFormAsync(admin, "/indicators/UNICORNS/edit", "indicator", fields);
        fields["name"] = "Unicorns (stale)";
        var stale = await Html.ParseAsync(await PortalFactory.SubmitFormAsync(admin, "/indicators/UNICORNS/edit", "indicator", fields));

        Assert.Contains("saved this indicator while you were editing (now “Unicorn start-ups”)", stale.QuerySelector(".alert-warning")!.TextContent);
        Assert.Equal("Unicorns (stale)", stale.QuerySelector("#name")!.GetAttribute("value"));
    }
}
