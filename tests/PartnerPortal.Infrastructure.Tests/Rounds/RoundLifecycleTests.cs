using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Rounds;

public class RoundLifecycleTests : SeededStudyTests
{
    private RoundLifecycle Lifecycle => Services.GetRequiredService<RoundLifecycle>();

    [Fact]
    public async Task A_round_is_opened_reviewed_and_published_with_each_step_audited()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench", RoundStatus.Draft);

        await Lifecycle.MoveAsync("rebench", RoundStatus.Scoring);
        await Lifecycle.MoveAsync("rebench", RoundStatus.Review);
        await Lifecycle.MoveAsync("rebench", RoundStatus.Published);

        await using var db = await ContextAsync();
        var round = await db.Rounds.SingleAsync(r => r.Slug == "rebench");
        Assert.Equal(RoundStatus.Published, round.Status);
        Assert.NotNull(round.PublishedOn);
        Assert.Equal(3, await db.AuditLog.CountAsync(a => a.Action == "round.status" && a.EntityKey == "rebench"));
        await Assert.ThrowsAsync<RoundClosedException>(() => Lifecycle.MoveAsync("rebench", RoundStatus.Scoring));
    }

    [Fact]
    public async Task Only_existing_analyst_accounts_can_be_assigned_and_assignment_replaces_the_list()
    {
        await StudyRoundCopy.CreateAsync(Services, "rebench");
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            await users.AddAsync("ana@example.org", [PortalRoles.Analyst], "a long enough password 1");
            await users.AddAsync("bo@example.org", [PortalRoles.Analyst], "a long enough password 1");
            await users.AddAsync("pm@example.org", [PortalRoles.PortfolioManager], "a long enough password 1");
        }

        await Lifecycle.AssignAnalystsAsync("rebench", ["ana@example.org", "BO@example.org"]);
        await Lifecycle.AssignAnalystsAsync("rebench", ["bo@example.org"]);
        var unknown = await Assert.ThrowsAsync<AccountException>(() => Lifecycle.AssignAnalystsAsync("rebench", ["nobody@example.org"]));
        var manager = await Assert.ThrowsAsync<AccountException>(() => Lifecycle.AssignAnalystsAsync("rebench", ["pm@example.org"]));

        Assert.Equal(["bo@example.org"], await Lifecycle.AnalystEmailsAsync("rebench"));
        Assert.Contains("nobody@example.org", unknown.Message);
        Assert.Contains("not analysts: pm@example.org", manager.Message);
    }
}
