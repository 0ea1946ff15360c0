using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Web.Tests.Features.Account;

/// <summary>Attempts on one account sent at once are evaluated one after another: none is lost, none slips past the lockout.</summary>
public class ParallelSignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string WrongPassword = "not the password at all";
    private const string NotRight = "The email address or password is not right.";
    private const string Locked = "locked after too many failed attempts";

    [Fact]
    public async Task Forty_wrong_passwords_at_once_lock_the_account_after_five_and_every_evaluated_attempt_is_counted_and_audited()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var attempt = await SignInFormAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => attempt(email, WrongPassword)));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var rateLimited = responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        var evaluated = 40 - rateLimited;
        // The fifth wrong password is answered "locked", like every attempt after it.
        Assert.Equal(AccountPolicy.MaximumFailedAttempts - 1, bodies.Count(b => b.Contains(NotRight)));
        Assert.Equal(evaluated, bodies.Count(b => b.Contains(NotRight) || b.Contains(Locked)));
        var user = await FindUserAsync(email);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow);
        var failures = await FailedSignInsAsync(user.Id);
        Assert.Equal(evaluated, failures.Count);
        // The counter went 1, 2, 3, 4, 5 (then Identity locked the account and reset it): no increment was lost.
        Assert.Equal([1, 2, 3, 4, 5], failures.Where(f => f.Reason == "wrong-password").Select(f => f.FailedAttempts));
        Assert.All(failures.Where(f => f.Reason != "wrong-password"), f => Assert.Equal("locked-out", f.Reason));
    }

    [Fact]
    public async Task The_right_password_sent_last_in_a_burst_of_thirty_does_not_sign_in_after_the_wrong_ones()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var userId = (await FindUserAsync(email)).Id;
        var attempt = await SignInFormAsync();
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        var waitingBefore = await WaitingForLocksAsync(connection);
        // Holding the account's row keeps every attempt queued, so the order they are evaluated in is the order they arrived in.
        var hold = await connection.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM asp_net_users WHERE id = @id FOR UPDATE", connection, hold))
        {
            lockRow.Parameters.AddWithValue("id", userId);
            await lockRow.ExecuteNonQueryAsync();
        }

        var wrong = Enumerable.Range(0, 29).Select(_ => attempt(email, WrongPassword)).ToList();
        await UntilWaitingAsync(waitingBefore + 29);
        var right = attempt(email, PortalFactory.Password);
        await UntilWaitingAsync(waitingBefore + 30);
        await hold.CommitAsync();
        await Task.WhenAll(wrong);
        var response = await right;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Locked, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A browser that has opened the sign-in page; each call posts the form once, all with the same token, as a script would.</summary>
    private async Task<Func<string, string, Task<HttpResponseMessage>>> SignInFormAsync()
    {
        var browser = portal.CreateBrowser();
        var token = PortalFactory.AntiforgeryToken(await browser.GetStringAsync("/account/login"));
        return (email, password) => browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password,
        }));
    }

    private async Task<PortalUser> FindUserAsync(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!;
    }

    private async Task<List<(string Reason, int FailedAttempts)>> FailedSignInsAsync(string userId)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditLog.AsNoTracking().Where(a => a.Action == SignInAudit.Failed && a.EntityKey == userId).OrderBy(a => a.Id).ToListAsync();
        return entries.Select(a => JsonDocument.Parse(a.NewValues!).RootElement)
            .Select(values => (values.GetProperty("Reason").GetString()!, values.GetProperty("FailedAttempts").GetInt32()))
            .ToList();
    }

    private async Task UntilWaitingAsync(int count)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        for (var poll = 0; poll < 600 && await WaitingForLocksAsync(connection) < count; poll++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(count, await WaitingForLocksAsync(connection));
    }

    private static async Task<int> WaitingForLocksAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
