using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using PartnerPortal.Infrastructure;
using PartnerPortal.Web.Components;
using PartnerPortal.Web.Features.Account;
using PartnerPortal.Web.Features.Admin;
using PartnerPortal.Web.Features.Rounds;
using PartnerPortal.Web.Features.HeatMap;
using PartnerPortal.Web.Features.Indicators;
using PartnerPortal.Web.Features.Scoring;
using PartnerPortal.Web.Features.Workspace;

namespace PartnerPortal.Web.Hosting;

public static class PortalWeb
{
    public static void AddPortalWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddInfrastructure();
        builder.AddPortalSecurity();
        builder.Services.AddSingleton<DemoMode>();
        builder.Services.AddSingleton<ImportJobs>();
        builder.Services.AddSingleton<ComponentHtml>();
        builder.Services.AddHostedService<PortalStartup>();
        builder.Services.AddRazorComponents();
    }

    public static void UsePortalWeb(this WebApplication app)
    {
        // Behind a reverse proxy that terminates TLS, the request is https only by the proxy's word
        // (X-Forwarded-Proto); trusted from loopback and from the proxies configured.
        app.UseForwardedHeaders(TrustedProxies.Options(app.Configuration));
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestLogging>();
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapRoundExports();
        app.MapScoreEndpoints();
        app.MapHeatMapData();
        app.MapWeightsPreview();
        app.MapImportEndpoints();
        app.MapAuditExport();
        app.MapRazorComponents<App>();
    }
}
