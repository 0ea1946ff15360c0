using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PartnerPortal.Infrastructure;
using PartnerPortal.Web.Components;
using PartnerPortal.Web.Features.Rounds;

namespace PartnerPortal.Web.Hosting;

public static class PortalWeb
{
    public static void AddPortalWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddInfrastructure();
        builder.Services.AddRazorComponents();
    }

    public static void UsePortalWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseMiddleware<RequestLogging>();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseStaticFiles();
        app.UseAntiforgery();

        app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false });
        app.MapRoundExports();
        app.MapRazorComponents<App>();
    }
}
