using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Web.Tests.Components;

/// <summary>
/// bUnit over the real portal's services: components render against the <see cref="PortalFactory"/>'s
/// PostgreSQL database and application services (no fakes of our own DB); MudBlazor's services and a loose JS
/// runtime stand in for the browser.
/// </summary>
public abstract class PortalComponentContext : BunitContext, IAsyncLifetime
{
    protected PortalComponentContext(PortalFactory portal)
    {
        Portal = portal;
        _ = portal.CreateClient(); // starts the host, which migrates and seeds the database
        // Every service first: bUnit allows no registration once one has been resolved.
        Services.AddMudServices(options => options.SnackbarConfiguration.ShowTransitionDuration = 0);
        // A scope of the portal's own, as a circuit has one: scoped services resolve as they would live.
        _scope = portal.Services.CreateAsyncScope();
        Services.AddFallbackServiceProvider(_scope.ServiceProvider);
        _authorization = AddAuthorization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        // As in a live circuit, not the prerendering before it.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private readonly Bunit.TestDoubles.BunitAuthorizationContext _authorization;
    private readonly AsyncServiceScope _scope;

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services dispose only asynchronously, so xUnit disposes the context through this.</summary>
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _scope.DisposeAsync();
    }

    protected PortalFactory Portal { get; }

    /// <summary>How long a test waits for the circuit's asynchronous work (a save, a notification, a server page of a grid).</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Signs the rendered components in as this person, as the circuit's authentication state would.</summary>
    protected void SignIn(string userId, string email, params string[] roles)
    {
        _authorization.SetAuthorized(email);
        _authorization.SetRoles(roles);
        _authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
    }

    /// <summary>A new person with this role, signed in to the rendered components; their email, which audit entries name.</summary>
    protected async Task<string> SignInNewAsync(string role)
    {
        var email = await Portal.AddUserAsync(role);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        SignIn(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), email, role);
        return email;
    }

    /// <summary>
    /// Clicks what the selector finds, found and clicked in one turn of the renderer: live pages re-render when a
    /// notification arrives (a save the test made a moment earlier), which could otherwise replace the element in between.
    /// </summary>
    protected static void Click(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> component, string selector) =>
        component.InvokeAsync(() => component.Find(selector).Click()).GetAwaiter().GetResult();

    /// <summary>The same for a radio or checkbox (plain inputs, which answer to change, not click): checks it.</summary>
    protected static void Check(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> component, string selector) =>
        component.InvokeAsync(() => component.Find(selector).Change(true)).GetAwaiter().GetResult();

    /// <summary>The same for a button named by its text.</summary>
    protected static void ClickButton(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> component, string text) =>
        component.InvokeAsync(() => component.FindAll("button").First(b => b.TextContent.Contains(text, StringComparison.Ordinal)).Click()).GetAwaiter().GetResult();

    /// <summary>MudBlazor's popovers, dialogs and snackbars render into these providers, as the layout has them.</summary>
    protected void RenderProviders()
    {
        // Once per test, as the layout has them once: a test that renders several pages asks each time.
        if (_providersRendered)
        {
            return;
        }
        _providersRendered = true;
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Snackbars = Render<MudSnackbarProvider>();
    }

    private bool _providersRendered;

    /// <summary>Where dialogs appear, once <see cref="RenderProviders"/> has run.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = null!;

    /// <summary>Where snackbars appear, once <see cref="RenderProviders"/> has run.</summary>
    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = null!;
}
