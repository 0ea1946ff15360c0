using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace PartnerPortal.Web.Tests.Components;

/// <summary>
/// bUnit over the real portal's services: components render against the <see cref="PortalFactory"/>'s
/// PostgreSQL database and application services (no fakes of our own DB); MudBlazor's services and a loose JS
/// runtime stand in for the browser.
/// </summary>
public abstract class PortalComponentContext : BunitContext
{
    protected PortalComponentContext(PortalFactory portal)
    {
        Portal = portal;
        _ = portal.CreateClient(); // starts the host, which migrates and seeds the database
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddFallbackServiceProvider(portal.Services);
    }

    protected PortalFactory Portal { get; }

    /// <summary>Signs the rendered components in as this person, as the circuit's authentication state would.</summary>
    protected void SignIn(string userId, string email, params string[] roles)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(email);
        authorization.SetRoles(roles);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
    }

    /// <summary>MudBlazor's popovers, dialogs and snackbars render into these providers, as the layout has them.</summary>
    protected void RenderProviders()
    {
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
    }
}
