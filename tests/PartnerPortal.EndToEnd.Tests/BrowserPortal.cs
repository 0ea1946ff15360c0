using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// The real portal on Kestrel (a free loopback port) over a throwaway PostgreSQL database seeded with the
/// study, and Debian's Chromium driven by Playwright. Production settings, as people will run it.
/// </summary>
public sealed class BrowserPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    /// <summary>Playwright cannot download browsers here; Debian's chromium package is the browser (see STACK.md).</summary>
    private const string Chromium = "/usr/bin/chromium";

    private TestDatabase _database = new("", "");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots go: TestResults/screenshots beside the test assembly, or $SCREENSHOT_DIR.</summary>
    public static string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("SCREENSHOT_DIR") ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Chromium,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("e2e");
        // Production settings want https (Secure cookies, antiforgery), so the server speaks TLS with a
        // certificate made for this run; the browser is told to accept it.
        var certificate = SelfSignedCertificate.ForLocalhost();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("127.0.0.1", "localhost");
        // CI runs on two cores with other test assemblies: give assertions time before calling a page broken.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, _database);

    /// <summary>Production settings over the given database; <see cref="RestartingPortal"/> builds its instances with them too.</summary>
    public static void Configure(IWebHostBuilder builder, TestDatabase database)
    {
        builder.UseEnvironment("Production");
        // Packages' files (MudBlazor's) come from the build output, as under the run command.
        builder.UseStaticWebAssets();
        // As the run command's Development host does: a scoped service taken from the root provider fails here too.
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        builder.UseSetting("ConnectionStrings:Portal", database.ConnectionString);
        builder.UseSetting("ConnectionStrings:PortalOwner", database.OwnerConnectionString);
        // Tests read right after they write; the portal's default lets heavy pages lag saves by up to a second.
        builder.UseSetting("Portal:Analysis:ScoreRefreshInterval", "00:00:00");
        builder.UseSetting("Portal:DataDirectory", Path.Combine(Path.GetTempPath(), "partnerportal-e2e-tests"));
    }

    public new async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    public async Task<string> AddUserAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, roles, Password)).Id;
    }

    /// <summary>A fresh browser context (its own cookies) signed in through the real sign-in page.</summary>
    public Task<IPage> SignInAsync(string email, bool bypassContentSecurityPolicy = false) => SignInAsync(Browser, BaseUrl, email, bypassContentSecurityPolicy);

    public static async Task<IPage> SignInAsync(IBrowser browser, string baseUrl, string email, bool bypassContentSecurityPolicy = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            IgnoreHTTPSErrors = true,
            // Only the accessibility check needs it: axe is injected as a script, which our CSP rightly forbids.
            BypassCSP = bypassContentSecurityPolicy,
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync("/account/login");
        if (response is not { Ok: true })
        {
            throw new InvalidOperationException($"The sign-in page answered {response?.Status}: {await page.ContentAsync()}");
        }
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            // Leaving the sign-in page is what counts; the next page's images and fonts may still be loading
            // on a busy 2-core machine. The URL is polled: waiting for a navigation event missed one that had
            // already happened (a run failed with the home page on screen).
            await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            await ScreenshotAsync(page, "sign-in-failed");
            throw new InvalidOperationException($"Signing in as {email} did not leave the sign-in page ({page.Url}): {await page.Locator("main").InnerTextAsync()}");
        }
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
}
