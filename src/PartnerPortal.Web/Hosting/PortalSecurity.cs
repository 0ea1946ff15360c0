using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Auditing;

namespace PartnerPortal.Web.Hosting;

/// <summary>Sign-in, sessions, authorization defaults, the shared key ring and the audit actor for web requests.</summary>
public static class PortalSecurity
{
    private const string AbsoluteStartKey = ".portal.session-start";

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
        services.AddIdentityCore<PortalUser>().AddSignInManager();
        // Role and disable changes renew the security stamp; open sessions notice within this interval.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
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
            options.Events.OnSigningIn = context =>
            {
                context.Properties.Items[AbsoluteStartKey] = DateTimeOffset.UtcNow.ToString("O");
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                // Sliding expiry ends idle sessions; this ends every session a fixed time after sign-in.
                var absoluteLifetime = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()
                    .GetValue("Portal:Session:AbsoluteLifetime", TimeSpan.FromHours(12));
                var started = context.Properties.Items.TryGetValue(AbsoluteStartKey, out var text) && DateTimeOffset.TryParse(text, out var at) ? at : (DateTimeOffset?)null;
                if (started is null || DateTimeOffset.UtcNow - started > absoluteLifetime)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await SecurityStampValidator.ValidatePrincipalAsync(context);
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
}
