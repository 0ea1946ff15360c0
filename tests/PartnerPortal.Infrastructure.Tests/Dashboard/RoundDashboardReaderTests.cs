using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Dashboard;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Tests.Contradictions;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Dashboard;

public class RoundDashboardReaderTests : SeededStudyTests
{
    [Fact]
    public async Task A_read_that_is_not_the_visit_leaves_the_last_visit_where_it_was_so_the_next_one_still_lists_the_changes()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "visits");
        var analyst = await StudyRoundCopy.AddAnalystAsync(Services, round, "visits-ana@example.org");
        await Services.GetRequiredService<UserAdministration>().AddAsync("visits-pm@example.org", [PortalRoles.PortfolioManager], "a long enough password 1");
        string managerId;
        await using (var db = await ContextAsync())
        {
            managerId = await db.Users.Where(u => u.Email == "visits-pm@example.org").Select(u => u.Id).SingleAsync();
        }
        var manager = new RoundViewer(managerId, [PortalRoles.PortfolioManager]);
        var reader = Services.GetRequiredService<RoundDashboardReader>();
        await reader.ReadAsync("visits", manager);
        await Services.GetRequiredService<ScoreRecorder>().SaveAsync(new ScoreInput("visits", "CHN", "batteries", "rie", analyst, 4, Confidence.High, null, null, null));

        var look = await reader.ReadAsync("visits", manager, recordVisit: false);
        var visit = await reader.ReadAsync("visits", manager);
        var next = await reader.ReadAsync("visits", manager);

        Assert.Equal(1, look.Changes.ScoresByAnalyst["visits-ana@example.org"]);
        Assert.Equal(1, visit.Changes.ScoresByAnalyst["visits-ana@example.org"]);
        Assert.Empty(next.Changes.ScoresByAnalyst);
    }

    [Fact]
    public async Task Each_analyst_row_counts_that_analysts_scores_which_contradict_the_country_data()
    {
        var round = await StudyRoundCopy.CreateAsync(Services, "calibration");
        var bold = await StudyRoundCopy.AddAnalystAsync(Services, round, "bold@example.org");
        var careful = await StudyRoundCopy.AddAnalystAsync(Services, round, "careful@example.org");
        await RdSpendingData.AddAsync(Services.GetRequiredService<IDbContextFactory<Infrastructure.Persistence.PortalDbContext>>());
        var recorder = Services.GetRequiredService<ScoreRecorder>();
        // Excellence 5 for China (bottom quarter of R&D spending) and 1 for Korea (top quarter): two flags for one analyst.
        await recorder.SaveAsync(new ScoreInput("calibration", "CHN", "batteries", "rie", bold, 5, Confidence.High, null, null, null));
        await recorder.SaveAsync(new ScoreInput("calibration", "KOR", "robotics", "rie", bold, 1, Confidence.High, null, null, null));
        await recorder.SaveAsync(new ScoreInput("calibration", "CHN", "batteries", "rie", careful, 2, Confidence.High, null, null, null));

        var dashboard = await Services.GetRequiredService<RoundDashboardReader>().ReadAsync("calibration", new RoundViewer("admin", [PortalRoles.Admin]), recordVisit: false);

        Assert.Equal(2, dashboard.Analysts.Single(a => a.Email == "bold@example.org").ContradictionFlags);
        Assert.Equal(0, dashboard.Analysts.Single(a => a.Email == "careful@example.org").ContradictionFlags);
    }
}
