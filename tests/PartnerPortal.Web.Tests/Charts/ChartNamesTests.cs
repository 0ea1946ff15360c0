using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Charts;

/// <summary>
/// A country whose name is markup reaches the charts' data as inert text: the heat map's JSON escapes it
/// (System.Text.Json writes &lt; and quotes as \u escapes) and the radar's data goes through JS interop as JSON, so no
/// element is made from it; the scripts then show it as text (<see cref="ChartTooltipTests"/>).
/// </summary>
public class ChartNamesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Evil = "Canada\"><img src=x onerror=alert(1)>";

    [Fact]
    public async Task A_country_named_with_markup_reaches_the_heat_map_and_radar_data_as_text_and_no_page_makes_an_element_of_it()
    {
        var round = await portal.EnsureStudyRoundCopyAsync("names");
        var analyst = await StudyRoundCopy.AddAnalystAsync(portal.Services, round, "names@example.org", PortalFactory.Password);
        foreach (var criterion in new[] { "rie", "economic", "challenges", "additionality", "feasibility" })
        {
            await portal.Services.GetRequiredService<ScoreRecorder>().SaveAsync(
                new ScoreInput("names", "CAN", "sustainable-plastics", criterion, analyst, 4, Confidence.Medium, null, null, null));
        }
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            (await db.Countries.SingleAsync(c => c.Code == "CAN")).Name = Evil;
            await db.SaveChangesAsync();
        }
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var json = await manager.GetStringAsync("/rounds/names/heatmap.json");
        var heatmap = await Html.ParseAsync(await manager.GetAsync("/rounds/names/heatmap"));
        var radar = await Html.ParseAsync(await manager.GetAsync("/rounds/names/radar?pair=CAN/sustainable-plastics"));
        var pair = await Html.ParseAsync(await manager.GetAsync("/rounds/names/pairs/CAN/sustainable-plastics"));

        Assert.DoesNotContain("<img", json);
        Assert.DoesNotContain("\">", json);
        Assert.Contains(JsonDocument.Parse(json).RootElement.GetProperty("countries").EnumerateArray(), c => c.GetProperty("name").GetString() == Evil);
        Assert.Contains(heatmap.QuerySelectorAll(".heatmap-table th"), th => th.TextContent == Evil);
        foreach (var page in new[] { heatmap, radar, pair })
        {
            Assert.Empty(page.QuerySelectorAll("img"));
        }
        // The radar's data reaches js/radar-chart.js through JS interop (JSON), never as markup; the pages name the pair as text.
        Assert.Contains(radar.QuerySelectorAll(".criteria-table th"), th => th.TextContent.StartsWith(Evil, StringComparison.Ordinal));
        Assert.Equal($"{Evil} – Sustainable plastics", pair.QuerySelector("h1")!.TextContent);
    }
}
