using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Changes;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// A circuit makes no HTTP request after it starts, so the per-request session check (PortalSecurity) never runs
/// for an open page. This re-checks the same server-side session on an interval: after sign-out elsewhere, a
/// password change or reset, a role change or disabling, the open page loses its user and leaves for the sign-in
/// page within one interval — and at once when the database announces it (<see cref="ChangeFeed.SessionsChanged"/>,
/// from any instance or the CLI); the interval remains for when notifications are down.
/// </summary>
public sealed class SessionRevalidatingStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));
    private readonly UserSessionStore _sessions;
    private readonly IOptions<IdentityOptions> _identity;
    private readonly ChangeFeed _changes;

    public SessionRevalidatingStateProvider(
        ILoggerFactory loggers, UserSessionStore sessions, IOptions<IdentityOptions> identity, IConfiguration configuration, ChangeFeed changes)
        : base(loggers)
    {
        (_sessions, _identity, _changes) = (sessions, identity, changes);
        RevalidationInterval = configuration.GetValue("Portal:Session:CircuitRevalidation", TimeSpan.FromMinutes(1));
        _changes.SessionsChanged += OnSessionsChanged;
    }

    protected override TimeSpan RevalidationInterval { get; }

    private async void OnSessionsChanged(string userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId && !await ValidateAuthenticationStateAsync(state, CancellationToken.None))
            {
                SetAuthenticationState(Task.FromResult(SignedOut));
            }
        }
        catch (Exception)
        {
            // An event handler that throws would take the process down; the interval check tries again anyway.
        }
    }

    protected override void Dispose(bool disposing)
    {
        _changes.SessionsChanged -= OnSessionsChanged;
        base.Dispose(disposing);
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        var user = state.User;
        if (!Guid.TryParse(user.FindFirstValue(UserSessionStore.ClaimType), out var session)
            || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || user.FindFirstValue(_identity.Value.ClaimsIdentity.SecurityStampClaimType) is not { } stamp)
        {
            return false;
        }
        try
        {
            return await _sessions.IsActiveAsync(session, userId, stamp, cancellationToken);
        }
        catch (Exception e) when (DatabaseOutage.Caused(e))
        {
            // The same grace as a request gets during an outage: a page open a moment ago keeps its user.
            return true;
        }
    }
}
