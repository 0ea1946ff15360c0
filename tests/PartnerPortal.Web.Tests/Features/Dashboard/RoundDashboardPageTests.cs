using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Testing;
using PartnerPortal.Web.Features.Dashboard;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Dashboard;

/// <summary>A round's dashboard in a circuit (bUnit over the real services and database), and as first served (prerendered).</summary>
public class RoundDashboardPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    private async Task<string> ManagerAsync()
    {
        var email = await Portal.AddUserAsync(PortalRoles.PortfolioManager);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        SignIn(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), email, PortalRoles.PortfolioManager);
        return email;
    }

    private async Task ScoreChinaBatteriesAsync(string slug, string analyst)
    {
        foreach (var criterion in new[] { "rie", "economic", "challenges", "additionality", "feasibility" })
        {
            await Portal.Services.GetRequiredService<ScoreRecorder>().SaveAsync(
                new ScoreInput(slug, "CHN", "batteries", criterion, analyst, 3, Confidence.High, null, null, null));
        }
    }

    [Fact]
    public async Task The_dashboard_shows_completion_and_on_the_next_visit_what_analysts_saved_in_between()
    {
        var round = await StudyRoundCopy.CreateAsync(Portal.Services, "dash");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Portal.Services, round, "ana@example.org");
        await ManagerAsync();

        var first = Render<RoundDashboardPage>(p => p.Add(x => x.Slug, "dash"));
        first.WaitForAssertion(() => Assert.Contains("This is your first visit", first.Markup), Patience);
        await ScoreChinaBatteriesAsync("dash", analyst);
        var second = Render<RoundDashboardPage>(p => p.Add(x => x.Slug, "dash"));

        second.WaitForAssertion(() => Assert.Contains("ana@example.org saved 5 scores", second.Find("ul.changes").TextContent), Patience);
        var row = second.FindAll(".analyst-completion tbody tr").Single();
        Assert.Equal(["ana@example.org", "1", "0"], row.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()));
        Assert.Contains("1 of 20", second.Find(".dashboard-technologies").TextContent);
    }

    [Fact]
    public async Task The_prerendered_dashboard_is_not_the_visit_so_the_live_page_after_it_still_shows_what_changed_since_the_last_one()
    {
        var round = await StudyRoundCopy.CreateAsync(Portal.Services, "dash-prerender");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Portal.Services, round, "ana-prerender@example.org");
        var email = await ManagerAsync();
        var browser = await Portal.SignedInAsync(email);
        var visit = Render<RoundDashboardPage>(p => p.Add(x => x.Slug, "dash-prerender"));
        visit.WaitForAssertion(() => Assert.Contains("This is your first visit", visit.Markup), Patience);
        await ScoreChinaBatteriesAsync("dash-prerender", analyst);

        // A page load is served prerendered first, then read again by its circuit.
        var prerendered = await Html.ParseAsync(await browser.GetAsync("/rounds/dash-prerender/dashboard"));
        var live = Render<RoundDashboardPage>(p => p.Add(x => x.Slug, "dash-prerender"));

        Assert.Contains("ana-prerender@example.org saved 5 scores", prerendered.QuerySelector("ul.changes")!.TextContent);
        live.WaitForAssertion(() => Assert.Contains("ana-prerender@example.org saved 5 scores", live.Find("ul.changes").TextContent), Patience);
    }
}
