using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Testing;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// Issue 17's topology without Docker: two portal processes (A and B) on one throwaway database behind Debian's
/// nginx with the shipped site (sticky by its route cookie, WebSocket upgrade), and Debian's Chromium. A browser
/// context is pinned to an instance by giving it a route cookie nginx hashes to that instance.
/// </summary>
public sealed class TwoInstancesBehindNginx : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string RouteCookie = "partnerportal_route";
    private const string Chromium = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"partnerportal-nginx-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _routes = [];
    private ServiceProvider? _services;
    private IPlaywright? _playwright;

    public PortalProcess A { get; private set; } = null!;
    public PortalProcess B { get; private set; } = null!;
    public NginxProxy Proxy { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The static files both portals serve (see <see cref="BuildOutputWebRoot"/>).</summary>
    public string WebRoot { get; private set; } = "";

    /// <summary>The portal's services on the same database, for setting up rounds and accounts.</summary>
    public IServiceProvider Services => _services!;

    /// <summary>What each process wrote, for a failure message.</summary>
    public string Diagnostics => $"{A?.Output}\n{B?.Output}\n{Proxy?.Output}";

    public async Task InitializeAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync("nginx");
        WebRoot = BuildOutputWebRoot.Create(AppContext.BaseDirectory, Path.Combine(_folder, "wwwroot"));
        A = new PortalProcess("A", database, WebRoot, Path.Combine(_folder, "a"));
        B = new PortalProcess("B", database, WebRoot, Path.Combine(_folder, "b"));
        // Started together on the empty database: one migrates and seeds, the other waits its turn (advisory lock).
        A.Start();
        B.Start();
        await Task.WhenAll(A.WaitUntilHealthyAsync(TimeSpan.FromSeconds(120)), B.WaitUntilHealthyAsync(TimeSpan.FromSeconds(120)));
        Proxy = await NginxProxy.StartAsync(Path.Combine(_folder, "nginx"), A, B);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings()).Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddInfrastructure().BuildServiceProvider();
        await _services.GetRequiredService<PortalDatabase>().StartAsync();

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(BrowserPortal.ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        // Each may be missing if starting failed half-way.
        await (Proxy?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (A?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (B?.DisposeAsync() ?? ValueTask.CompletedTask);
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }

    public async Task AddUserAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PartnerPortal.Infrastructure.Accounts.UserAdministration>().AddAsync(email, roles, Password);
    }

    public static string? InstanceOf(IResponse response) =>
        response.Headers.TryGetValue("x-portal-instance", out var name) ? name : null;

    /// <summary>A route cookie value nginx sends to the instance: found by asking, as the hash is nginx's own.</summary>
    public async Task<string> RouteToAsync(PortalProcess instance)
    {
        if (_routes.TryGetValue(instance.Name, out var known))
        {
            return known;
        }
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false });
        for (var i = 0; i < 200; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Proxy.BaseUrl}/health");
            request.Headers.Add("Cookie", $"{RouteCookie}=route-{i}");
            using var response = await client.SendAsync(request);
            var name = response.Headers.TryGetValues("X-Portal-Instance", out var values) ? values.Single() : null;
            if (name is not null)
            {
                _routes.TryAdd(name, $"route-{i}");
            }
            if (_routes.TryGetValue(instance.Name, out var found))
            {
                return found;
            }
        }
        throw new InvalidOperationException($"nginx sent no route to instance {instance.Name}.\n{Diagnostics}");
    }

    public async Task PinAsync(IBrowserContext context, PortalProcess instance) =>
        await context.AddCookiesAsync([new Cookie { Name = RouteCookie, Value = await RouteToAsync(instance), Url = Proxy.BaseUrl }]);

    /// <summary>A fresh browser context through nginx, pinned to the instance; every response's instance is kept.</summary>
    public async Task<(IPage Page, ConcurrentQueue<(string Url, string Kind, string? Instance)> Responses)> OpenAsync(PortalProcess instance)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Proxy.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        await PinAsync(context, instance);
        var responses = new ConcurrentQueue<(string Url, string Kind, string? Instance)>();
        context.Response += (_, response) => responses.Enqueue((response.Url, response.Request.ResourceType, InstanceOf(response)));
        return (await context.NewPageAsync(), responses);
    }

    /// <summary>Through the real sign-in page; the sign-in form may come from one instance and be posted to another.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 30_000 });
    }

    /// <summary>Brings a stopped instance back and has nginx count it in again at once (new workers forget its failures).</summary>
    public async Task RestartAsync(PortalProcess instance)
    {
        instance.Start();
        await instance.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        await Proxy.ReloadAsync();
        // The reload's new workers take over within moments; until then an old one may still count it as down.
        var route = await RouteToAsync(instance);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false });
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Proxy.BaseUrl}/health");
            request.Headers.Add("Cookie", $"{RouteCookie}={route}");
            using var response = await client.SendAsync(request);
            if (response.Headers.TryGetValues("X-Portal-Instance", out var names) && names.Single() == instance.Name)
            {
                return;
            }
        }
        throw new TimeoutException($"nginx did not send instance {instance.Name}'s route back to it after a reload.\n{Diagnostics}");
    }
}
