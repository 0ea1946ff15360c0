using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Auditing;

namespace PartnerPortal.Web.Hosting;

/// <summary>Sign-in, sessions, authorization defaults, the shared key ring and the audit actor for web requests.</summary>
public static class PortalSecurity
{
    private const string AbsoluteStartKey = ".portal.session-start";

    /// <summary>How long a session checked a moment ago stays trusted while the database cannot be reached.</summary>
    private static readonly TimeSpan OutageGrace = TimeSpan.FromMinutes(1);

    public static void AddPortalSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Outside Development cookies are https-only. A single-host trial on http://localhost (docker compose)
        // may opt out with Portal:AllowPlainHttp; anything people reach over a network belongs behind TLS.
        var plainHttp = builder.Environment.IsDevelopment() || builder.Configuration.GetValue<bool>("Portal:AllowPlainHttp");
        var secureCookies = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        services.AddHttpContextAccessor();
        services.AddSingleton<IAuditActor, SignedInAuditActor>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<PortalUser>().AddSignInManager<PortalSignInManager>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "PartnerPortal.Session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.SlidingExpiration = true;
            // A signed-in person without the role gets a 403 page, not a bounce back to the sign-in form.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.Events.OnSigningIn = async context =>
            {
                context.Properties.Items[AbsoluteStartKey] = DateTimeOffset.UtcNow.ToString("O");
                await StartSessionAsync(context);
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                // Sliding expiry ends idle sessions; this ends every session a fixed time after sign-in.
                var absoluteLifetime = AbsoluteLifetime(context.HttpContext);
                var started = context.Properties.Items.TryGetValue(AbsoluteStartKey, out var text) && DateTimeOffset.TryParse(text, out var at) ? at : (DateTimeOffset?)null;
                var active = started is not null && DateTimeOffset.UtcNow - started <= absoluteLifetime ? await IsSessionActiveAsync(context) : false;
                if (active is not true)
                {
                    context.RejectPrincipal();
                }
                if (active is false)
                {
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IConfiguration>((options, configuration) =>
                options.ExpireTimeSpan = configuration.GetValue("Portal:Session:IdleTimeout", TimeSpan.FromMinutes(30)));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "PartnerPortal.Antiforgery";
            options.Cookie.SecurePolicy = secureCookies;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();

        if (!builder.Environment.IsDevelopment())
        {
            services.AddHsts(options =>
            {
                options.MaxAge = TimeSpan.FromDays(365);
                options.IncludeSubDomains = true;
                // The default skips localhost; behind a proxy every host name is a real one.
                options.ExcludedHosts.Clear();
            });
        }
    }

    private static TimeSpan AbsoluteLifetime(HttpContext context) =>
        context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Portal:Session:AbsoluteLifetime", TimeSpan.FromHours(12));

    /// <summary>
    /// Every sign-in (and the refresh after a password change) starts a session on the server, named in the
    /// cookie; the session the request came with, if any, ends, so a refreshed cookie leaves no old one valid.
    /// </summary>
    private static async Task StartSessionAsync(CookieSigningInContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessionStore>();
        if (Guid.TryParse(context.HttpContext.User.FindFirstValue(UserSessionStore.ClaimType), out var previous))
        {
            await sessions.EndAsync(previous);
        }
        var identity = context.Principal!.Identities.First();
        var userId = identity.FindFirst(ClaimTypes.NameIdentifier)!.Value;
        var session = await sessions.StartAsync(userId, AbsoluteLifetime(context.HttpContext));
        identity.AddClaim(new Claim(UserSessionStore.ClaimType, session.ToString()));
    }

    /// <summary>
    /// Checked on every request, not every few minutes as Identity's stamp validator does: signing out, a
    /// password change or reset, a role change and disabling take effect on the very next request, on every
    /// instance. It is one primary-key lookup (docs/performance.md has its cost).
    /// </summary>
    /// <remarks>
    /// When the database is down the check cannot be made. A session this instance found active within the
    /// last minute (the interval Identity's stamp validator used to trust a cookie for) stays signed in, so a
    /// save can say "not saved, try again" to its person. Any other session is refused with the outage; while
    /// the outage page itself is shown, null lets it show to an anonymous visitor without deleting the cookie,
    /// which may be good again once the database is back.
    /// </remarks>
    private static async Task<bool?> IsSessionActiveAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var stampClaim = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (!Guid.TryParse(principal.FindFirstValue(UserSessionStore.ClaimType), out var session)
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || principal.FindFirstValue(stampClaim) is not { } stamp)
        {
            return false;
        }
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessionStore>();
        try
        {
            return await sessions.IsActiveAsync(session, userId, stamp, context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (DatabaseOutage.Caused(e))
        {
            if (sessions.WasActiveWithin(session, OutageGrace))
            {
                return true;
            }
            if (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                return null;
            }
            throw;
        }
    }
}
