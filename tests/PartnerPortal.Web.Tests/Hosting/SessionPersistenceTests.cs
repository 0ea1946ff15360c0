using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Hosting;

public class SessionPersistenceTests
{
    /// <summary>A portal over a database the test chose, so a second instance can open the same one.</summary>
    private sealed class PortalOn(TestDatabase database) : PortalFactory
    {
        protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(database);
    }

    private static async Task<PortalFactory> StartAsync(TestDatabase database)
    {
        var portal = new PortalOn(database);
        await portal.InitializeAsync();
        _ = portal.Server;
        return portal;
    }

    [Fact]
    public async Task A_session_cookie_issued_before_a_restart_still_works_after_it()
    {
        var database = await TestPostgres.CreateDatabaseAsync("keys");
        string cookie;
        await using (var before = await StartAsync(database))
        {
            var email = await before.AddUserAsync(PortalRoles.Analyst);
            var signIn = await PortalFactory.SubmitFormAsync(before.CreateBrowser(), "/account/login", "login",
                new() { ["Input.Email"] = email, ["Input.Password"] = PortalFactory.Password });
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PartnerPortal.Session=", StringComparison.Ordinal)).Split(';')[0];
        }

        await using var after = await StartAsync(database);
        var client = after.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/rounds");
        request.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Outside_development_the_portal_refuses_to_start_while_a_demo_account_is_active()
    {
        var database = await TestPostgres.CreateDatabaseAsync("demo");
        await using (var first = await StartAsync(database))
        {
            await using var scope = first.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("demo@demo.local", [PortalRoles.Admin], PortalFactory.Password, isDemo: true);
        }

        // The real executable, as an operator would start it in production.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ConnectionStrings__Portal"] = database.ConnectionString,
                ["ConnectionStrings__PortalOwner"] = database.OwnerConnectionString,
                ["Portal__DataDirectory"] = Path.Combine(Path.GetTempPath(), "partnerportal-web-tests"),
            },
        };
        using var portal = System.Diagnostics.Process.Start(start)!;
        var error = portal.StandardError.ReadToEndAsync();
        var output = portal.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await portal.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, portal.ExitCode);
        Assert.Contains("fatal: This database has active demo accounts (demo@demo.local)", await error + await output);
    }
}
