using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Changes;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>An open page (a circuit) makes no requests: its user is re-checked against the server-side session on an interval.</summary>
public class SessionRevalidationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <summary>A circuit's authentication state for a freshly signed-in person, re-checked every 200 ms.</summary>
    private async Task<(SessionRevalidatingStateProvider Circuit, PortalUser User, Guid Session)> OpenPageAsync(TimeSpan? interval = null)
    {
        _ = portal.CreateClient();
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        await using var scope = portal.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!;
        var sessions = portal.Services.GetRequiredService<UserSessionStore>();
        var session = await sessions.StartAsync(user.Id, TimeSpan.FromHours(1));
        var identity = portal.Services.GetRequiredService<IOptions<IdentityOptions>>();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, email),
            new Claim(identity.Value.ClaimsIdentity.SecurityStampClaimType, user.SecurityStamp!),
            new Claim(UserSessionStore.ClaimType, session.ToString()),
        ], IdentityConstants.ApplicationScheme));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:Session:CircuitRevalidation"] = (interval ?? Interval).ToString() }).Build();
        var circuit = new SessionRevalidatingStateProvider(portal.Services.GetRequiredService<ILoggerFactory>(), sessions, identity, configuration,
            portal.Services.GetRequiredService<ChangeFeed>());
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return (circuit, user, session);
    }

    private static Task<AuthenticationState> NextChangeAsync(AuthenticationStateProvider circuit)
    {
        var changed = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        circuit.AuthenticationStateChanged += async state => changed.TrySetResult(await state);
        return changed.Task;
    }

    [Fact]
    public async Task Signing_out_elsewhere_signs_the_open_page_out_at_the_next_check()
    {
        var (circuit, _, session) = await OpenPageAsync();
        using var _ = circuit;
        var change = NextChangeAsync(circuit);

        await portal.Services.GetRequiredService<UserSessionStore>().EndAsync(session);

        var state = await change.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task Disabling_the_account_signs_its_open_page_out_and_an_active_session_stays_signed_in()
    {
        var (kept, _, _) = await OpenPageAsync();
        var (disabled, user, _) = await OpenPageAsync();
        using var first = kept;
        using var second = disabled;
        var change = NextChangeAsync(disabled);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetDisabledAsync(user.Email!, true);
        }

        var state = await change.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(state.User.Identity?.IsAuthenticated);
        // Several checks later, the other person's page still has its user.
        await Task.Delay(Interval * 5);
        Assert.True((await kept.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task A_sign_out_announced_by_the_database_closes_the_open_page_long_before_the_next_check()
    {
        var (circuit, _, session) = await OpenPageAsync(interval: TimeSpan.FromMinutes(10));
        using var _ = circuit;
        var feed = portal.Services.GetRequiredService<ChangeFeed>();
        for (var attempt = 0; attempt < 100 && !feed.IsCurrentSince(feed.Version); attempt++)
        {
            await Task.Delay(100); // the listener connects in the background after start
        }
        var change = NextChangeAsync(circuit);

        await portal.Services.GetRequiredService<UserSessionStore>().EndAsync(session);

        var state = await change.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(state.User.Identity?.IsAuthenticated);
    }
}
