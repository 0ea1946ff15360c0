using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Dashboard;

public class RoundDashboardPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_dashboard_shows_completion_and_on_the_next_visit_what_analysts_saved_in_between()
    {
        var round = await StudyRoundCopy.CreateAsync(portal.Services, "dash");
        var analyst = await StudyRoundCopy.AddAnalystAsync(portal.Services, round, "ana@example.org");
        var manager = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.PortfolioManager));

        var first = await Html.ParseAsync(await manager.GetAsync("/rounds/dash/dashboard"));
        foreach (var criterion in new[] { "rie", "economic", "challenges", "additionality", "feasibility" })
        {
            await portal.Services.GetRequiredService<ScoreRecorder>().SaveAsync(
                new ScoreInput("dash", "CHN", "batteries", criterion, analyst, 3, Confidence.High, null, null, null));
        }
        var second = await Html.ParseAsync(await manager.GetAsync("/rounds/dash/dashboard"));

        Assert.Contains("This is your first visit", first.Body!.TextContent);
        Assert.Contains("ana@example.org saved 5 scores", second.QuerySelector("ul.changes")!.TextContent);
        var row = second.QuerySelectorAll("#analysts-heading ~ table tbody tr").Single();
        Assert.Equal(["ana@example.org", "1", "0"], row.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()));
        Assert.Contains("1 of 20", second.QuerySelector(".dashboard-technologies")!.TextContent);
    }
}
