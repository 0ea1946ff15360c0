using Microsoft.Extensions.DependencyInjection;
using System.Net;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>/health follows the database: 503 while PostgreSQL is down, 200 again once it is back, without a restart.</summary>
public class HealthTests(HealthTests.OwnClusterPortal portal) : IClassFixture<HealthTests.OwnClusterPortal>
{
    /// <summary>A portal on a cluster of its own, because these tests stop the server.</summary>
    public class OwnClusterPortal : PortalFactory
    {
        public LocalPostgresCluster Cluster { get; private set; } = null!;

        protected override async Task<TestDatabase> CreateDatabaseAsync()
        {
            Cluster = await TestPostgres.StartClusterAsync();
            return await TestPostgres.CreateDatabaseAsync(Cluster, "health");
        }
    }

    [Fact]
    public async Task Health_turns_503_when_postgresql_stops_and_200_when_it_is_back()
    {
        using var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        await portal.Cluster.StopAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);

        await portal.Cluster.EnsureStartedAsync();
        Assert.Equal(HttpStatusCode.OK, await PollHealthAsync(client, HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_page_that_fails_because_the_database_is_down_says_temporarily_unavailable_without_internals()
    {
        var browser = await portal.SignedInAsync(await portal.AddUserAsync(Domain.Accounts.PortalRoles.Analyst));
        await portal.Cluster.StopAsync();
        try
        {
            var response = await browser.GetAsync("/rounds");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Temporarily unavailable", html);
            Assert.Contains("reconnects by itself", html);
            Assert.DoesNotContain("Exception", html);
            Assert.DoesNotContain("Npgsql", html);
        }
        finally
        {
            await portal.Cluster.EnsureStartedAsync();
        }
    }

    [Fact]
    public async Task A_score_saved_while_the_database_is_down_is_reported_as_not_saved_and_saves_once_it_is_back()
    {
        var round = await portal.EnsureStudyRoundCopyAsync("outage");
        var analyst = await StudyRoundCopy.AddAnalystAsync(portal.Services, round, "ana@example.org", PortalFactory.Password);
        var saver = portal.Services.GetRequiredService<global::PartnerPortal.Web.Features.Workspace.CriterionSaver>();
        Task<global::PartnerPortal.Web.Features.Workspace.CriterionSaveOutcome> SaveAsync() => saver.SaveAsync(new Infrastructure.Scoring.ScoreInput(
            "outage", "CHN", "batteries", "rie", analyst, 4, Domain.Scoring.Confidence.Medium, null, null, null));

        await portal.Cluster.StopAsync();
        global::PartnerPortal.Web.Features.Workspace.CriterionSaveOutcome whileDown;
        try
        {
            whileDown = await SaveAsync();
        }
        finally
        {
            await portal.Cluster.EnsureStartedAsync();
        }
        await PollHealthAsync(portal.CreateClient(), HttpStatusCode.OK);
        var afterwards = await SaveAsync();

        Assert.True(whileDown.IsError);
        Assert.Contains("Not saved: the portal cannot reach its database", whileDown.Message);
        Assert.False(afterwards.IsError, afterwards.Message);
        Assert.StartsWith("Saved", afterwards.Message);
    }

    /// <summary>Pooled connections broken by the restart are discarded on first use, so allow a few tries.</summary>
    private static async Task<HttpStatusCode> PollHealthAsync(HttpClient client, HttpStatusCode wanted)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 20 && status != wanted; attempt++)
        {
            status = (await client.GetAsync("/health")).StatusCode;
            if (status != wanted)
            {
                await Task.Delay(250);
            }
        }
        return status;
    }
}
