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
public abstract class PortalComponentContext : BunitContext, IAsyncLifetime
{
    // The portal validates scopes, so its root provider refuses scoped services (the renderer asks for one): the
    // components get a scope of their own, as a circuit does.
    private readonly AsyncServiceScope _portalScope;
    private bool _scopeDisposed;

    protected PortalComponentContext(PortalFactory portal)
    {
        Portal = portal;
        _ = portal.CreateClient(); // starts the host, which migrates and seeds the database
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.SnackbarConfiguration.ShowTransitionDuration = 0);
        _portalScope = portal.Services.CreateAsyncScope();
        Services.AddFallbackServiceProvider(_portalScope.ServiceProvider);
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

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        if (!_scopeDisposed)
        {
            _scopeDisposed = true;
            await _portalScope.DisposeAsync();
        }
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // xUnit 2 calls this before Dispose, which then has nothing left to do: MudBlazor's services can only be disposed
    // asynchronously, and a synchronous dispose of the services throws.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
