using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Changes;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Web.Features.Workspace;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>
/// Two portal instances over one PostgreSQL database, started together, behind a "load balancer" that sends
/// each request of one browser to either instance: the set-up issue 7 asks to work without sticky sessions.
/// </summary>
public class TwoInstancesTests : IAsyncLifetime
{
    private SharedDatabasePortal _first = null!;
    private SharedDatabasePortal _second = null!;

    private sealed class SharedDatabasePortal(TestDatabase database) : PortalFactory
    {
        protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(database);
    }

    public async Task InitializeAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync("two");
        (_first, _second) = (new SharedDatabasePortal(database), new SharedDatabasePortal(database));
        await ((IAsyncLifetime)_first).InitializeAsync();
        await ((IAsyncLifetime)_second).InitializeAsync();
        // Both start at once, each migrating and seeding the empty database if it gets there first.
        await Task.WhenAll(Task.Run(() => _first.Server), Task.Run(() => _second.Server));
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    /// <summary>One browser's cookies, whichever instance answers.</summary>
    private (HttpClient First, HttpClient Second) Browser()
    {
        var cookies = new CookieContainer();
        var address = new Uri("https://localhost");
        return (_first.CreateDefaultClient(address, new CookieContainerHandler(cookies)), _second.CreateDefaultClient(address, new CookieContainerHandler(cookies)));
    }

    /// <summary>A criterion card's save, made in the given instance's circuit (its own services).</summary>
    private static async Task<CriterionSaveOutcome> SaveAsync(PortalFactory instance, string analystId, string criterion, byte value, uint? version = null) =>
        await instance.Services.GetRequiredService<CriterionSaver>().SaveAsync(new ScoreInput(
            "pair", "CHN", "batteries", criterion, analystId, value, Confidence.Medium, null, null, version, [], version is null ? null : "Second thoughts"));

    private async Task<Dictionary<string, (byte? Value, uint Version)>> ScoresAsync()
    {
        await using var db = await _first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Scores.Join(db.Criteria, s => s.CriterionId, c => c.Id, (s, c) => new { c.Code, s.Value, s.Version })
            .ToDictionaryAsync(s => s.Code, s => (s.Value, s.Version));
    }

    [Fact]
    public async Task Both_instances_start_together_on_one_database_which_is_migrated_and_seeded_once()
    {
        await using var db = await _first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

        Assert.Equal(5, await db.Criteria.CountAsync());
        Assert.Equal(1, await db.Rounds.CountAsync(r => r.Slug == Study.RoundSlug));
        Assert.Equal((await db.Database.GetAppliedMigrationsAsync()).Count(), (await db.Database.GetAppliedMigrationsAsync()).Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await _second.CreateClient().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_holds_on_the_other_and_saves_through_both_interleave_without_a_lost_update()
    {
        var round = await _first.EnsureStudyRoundCopyAsync("pair");
        var analyst = await StudyRoundCopy.AddAnalystAsync(_first.Services, round, "ana@example.org", PortalFactory.Password);
        var (first, second) = Browser();
        var signedIn = await PortalFactory.SubmitFormAsync(first, "/account/login", "login", new() { ["Input.Email"] = "ana@example.org", ["Input.Password"] = PortalFactory.Password });

        var onSecond = await second.GetAsync("/work");
        var saves = new[]
        {
            await SaveAsync(_first, analyst, "rie", 4), await SaveAsync(_second, analyst, "economic", 3),
            await SaveAsync(_first, analyst, "challenges", 5), await SaveAsync(_second, analyst, "additionality", 2),
        };
        var seen = (await ScoresAsync())["rie"].Version;
        var revised = await SaveAsync(_first, analyst, "rie", 2, seen);
        var stale = await SaveAsync(_second, analyst, "rie", 1, seen);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.All(saves, s => Assert.False(s.IsError, s.Message));
        Assert.False(revised.IsError, revised.Message);
        Assert.True(stale.IsConflict, stale.Message);
        var stored = await ScoresAsync();
        Assert.Equal([2, 3, 5, 2], new[] { "rie", "economic", "challenges", "additionality" }.Select(c => (int)stored[c].Value!.Value));
    }

    [Fact]
    public async Task Both_instances_protect_with_the_one_key_made_at_start_and_read_each_others_payloads()
    {
        // A reset link or a form token issued by one instance, redeemed on the other.
        string[] purposes = ["PartnerPortal.Tests", "two instances"];
        var byFirst = _first.Services.GetDataProtector(purposes).Protect("issued by the first");
        var bySecond = _second.Services.GetDataProtector(purposes).Protect("issued by the second");

        Assert.Equal("issued by the first", _second.Services.GetDataProtector(purposes).Unprotect(byFirst));
        Assert.Equal("issued by the second", _first.Services.GetDataProtector(purposes).Unprotect(bySecond));
        await using var db = await _first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task A_score_saved_on_one_instance_is_announced_to_the_other_instances_open_pages()
    {
        var round = await _first.EnsureStudyRoundCopyAsync("pair");
        var analyst = await StudyRoundCopy.AddAnalystAsync(_first.Services, round, "live@example.org", PortalFactory.Password);
        var heard = new TaskCompletionSource<ScoreSaved>(TaskCreationOptions.RunContinuationsAsynchronously);
        var feed = _second.Services.GetRequiredService<ChangeFeed>();
        void Hear(ScoreSaved saved)
        {
            if (saved.AnalystId == analyst)
            {
                heard.TrySetResult(saved);
            }
        }
        feed.ScoreSaved += Hear;
        try
        {
            await WaitUntilListeningAsync(feed);
            var saved = await SaveAsync(_first, analyst, "feasibility", 3);
            var notified = await heard.Task.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.False(saved.IsError, saved.Message);
            Assert.Equal(new ScoreSaved("pair", "CHN", "batteries", "feasibility", analyst), notified);
        }
        finally
        {
            feed.ScoreSaved -= Hear;
        }
    }

    /// <summary>The listener connects in the background after start; a version that stays put means it is listening.</summary>
    private static async Task WaitUntilListeningAsync(ChangeFeed feed)
    {
        for (var attempt = 0; attempt < 100 && !feed.IsCurrentSince(feed.Version); attempt++)
        {
            await Task.Delay(100);
        }
    }
}
