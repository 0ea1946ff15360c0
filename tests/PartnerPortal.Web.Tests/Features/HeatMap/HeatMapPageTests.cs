using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.HeatMap;

/// <summary>The heat map as first served (prerendered): the chart's element, and its numbers as a table each person may see.</summary>
public class HeatMapPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_table_beside_the_chart_links_each_scored_pair_to_its_explanation_and_leaves_an_analysts_unscored_pairs_blank()
    {
        var round = await portal.EnsureStudyRoundCopyAsync("heat");
        var scorer = await StudyRoundCopy.AddAnalystAsync(portal.Services, round, $"heat-{Guid.NewGuid():N}@example.org", PortalFactory.Password);
        foreach (var (criterion, value) in new[] { ("rie", 4), ("economic", 4), ("challenges", 4), ("additionality", 4), ("feasibility", 4) })
        {
            await portal.Services.GetRequiredService<ScoreRecorder>().SaveAsync(
                new ScoreInput("heat", "CHN", "batteries", criterion, scorer, (byte)value, Confidence.Medium, null, null, null));
        }
        var looker = $"look-{Guid.NewGuid():N}@example.org";
        await StudyRoundCopy.AddAnalystAsync(portal.Services, round, looker, PortalFactory.Password);
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));
        var analyst = await portal.SignedInAsync(looker);

        using var forManager = await manager.GetAsync("/rounds/heat/heatmap");
        var page = await Html.ParseAsync(forManager);
        var notYours = await Html.ParseAsync(await analyst.GetAsync("/rounds/heat/heatmap"));

        Assert.Equal(HttpStatusCode.OK, forManager.StatusCode);
        var cell = page.QuerySelector("td[data-pair='CHN/batteries']")!;
        Assert.Equal("75", cell.TextContent.Trim());
        Assert.Equal("/rounds/heat/pairs/CHN/batteries", cell.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("img", page.QuerySelector("#heatmap")!.GetAttribute("role"));
        Assert.Null(page.QuerySelector("#hidden-pairs"));
        Assert.Equal("", notYours.QuerySelector("td[data-pair='CHN/batteries']")!.TextContent.Trim());
        Assert.NotNull(notYours.QuerySelector("#hidden-pairs"));
    }
}
