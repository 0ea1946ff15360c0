using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MudBlazor.Services;
using Microsoft.AspNetCore.HttpOverrides;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Changes;
using PartnerPortal.Web.Components;
using PartnerPortal.Web.Features.Account;
using PartnerPortal.Web.Features.Admin;
using PartnerPortal.Web.Features.Rounds;
using PartnerPortal.Web.Features.HeatMap;
using PartnerPortal.Web.Features.Imports;
using PartnerPortal.Web.Features.Workspace;
using PartnerPortal.Web.Hosting.Circuits;

namespace PartnerPortal.Web.Hosting;

public static class PortalWeb
{
    public static void AddPortalWeb(this WebApplicationBuilder builder)
    {
        // Development validates scopes by default and Production does not, so a scoped service taken from the
        // root provider once failed only under ./run.sh. Validating everywhere makes every host, the tests'
        // included, fail the same way; the checks are cached per service, so steady-state cost is nil.
        builder.Host.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        builder.Services.AddInfrastructure();
        builder.AddPortalSecurity();
        builder.AddSignInRateLimits();
        builder.Services.AddSingleton<DemoMode>();
        builder.Services.AddSingleton<ImportJobs>();
        builder.Services.AddSingleton<UserAccounts>();
        builder.Services.AddSingleton<ComponentHtml>();
        builder.Services.AddHostedService<PortalStartup>();
        builder.Services.AddHostedService<ChangeListener>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        builder.Services.AddSingleton<Features.Workspace.CriterionSaver>();
        // The criterion form's rules live with the form (five scale lines, questions one per line); the editor page takes them from DI like the others.
        builder.Services.AddSingleton<FluentValidation.IValidator<Features.Framework.CriterionForm>, Features.Framework.CriterionForm.Validator>();
        builder.Services.AddScoped<CircuitConnection>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(services => services.GetRequiredService<CircuitConnection>());
        builder.AddPortalCircuits();
    }

    public static void UsePortalWeb(this WebApplication app)
    {
        // Behind a reverse proxy that terminates TLS, the request is https only by the proxy's word
        // (X-Forwarded-Proto); trusted from loopback and from the proxies configured.
        app.UseForwardedHeaders(TrustedProxies.Options(app.Configuration));
        app.UsePortalRequestLogging();
        // In Development too: a database outage under the run command shows the same 503 page people get in
        // production, not a stack trace; the log has the details of every error.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseMiddleware<MalformedRequestGuard>();
        // After the guard, which has read the form (the sign-in limit counts per account named in it), and
        // after the forwarded headers, so the address counted is the client's, not the proxy's.
        app.UseRateLimiter();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication: the limit on circuits counts per person.
        app.UseCircuitGate();
        app.UseAntiforgery();

        app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapRoundExports();
        app.MapHeatMapData();
        app.MapAuditExport();
        // Framework, MudBlazor and our own files; the fallback policy would otherwise send them to the sign-in page.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>()
            // SecurityHeaders sets frame-ancestors 'none' in the one policy; Blazor would add a second header.
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
    }
}
