using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// A circuit makes no HTTP request after it starts, so the per-request session check (PortalSecurity) never runs
/// for an open page. This re-checks the same server-side session on an interval: after sign-out elsewhere, a
/// password change or reset, a role change or disabling, the open page loses its user and leaves for the sign-in
/// page within one interval.
/// </summary>
public sealed class SessionRevalidatingStateProvider(
    ILoggerFactory loggers, UserSessionStore sessions, IOptions<IdentityOptions> identity, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval { get; } =
        configuration.GetValue("Portal:Session:CircuitRevalidation", TimeSpan.FromMinutes(1));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        var user = state.User;
        if (!Guid.TryParse(user.FindFirstValue(UserSessionStore.ClaimType), out var session)
            || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) is not { } stamp)
        {
            return false;
        }
        try
        {
            return await sessions.IsActiveAsync(session, userId, stamp, cancellationToken);
        }
        catch (Exception e) when (DatabaseOutage.Caused(e))
        {
            // The same grace as a request gets during an outage: a page open a moment ago keeps its user.
            return true;
        }
    }
}
