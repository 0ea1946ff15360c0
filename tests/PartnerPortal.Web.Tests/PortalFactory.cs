using PartnerPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests;

/// <summary>The real portal in memory, over a real PostgreSQL database of its own, seeded with the study at start-up.</summary>
public partial class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    public TestDatabase Database { get; private set; } = new("", "");

    /// <summary>The portal's own connection: as the application's role, which owns nothing.</summary>
    public string ConnectionString => Database.ConnectionString;

    /// <summary>Production by default, as people deploy it; the run command's Development in <see cref="DevelopmentPortalFactory"/>.</summary>
    protected virtual string EnvironmentName => "Production";

    protected virtual Task<TestDatabase> CreateDatabaseAsync() => TestPostgres.CreateDatabaseAsync("web");

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Outside Development the host serves files of referenced packages (MudBlazor's) only from a published
        // wwwroot; the tests run from the build output, as Development does.
        builder.UseStaticWebAssets();
        // As the run command's Development host does: a scoped service taken from the root provider fails here too.
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        builder.UseSetting("ConnectionStrings:Portal", Database.ConnectionString);
        builder.UseSetting("ConnectionStrings:PortalOwner", Database.OwnerConnectionString);
        // Tests read right after they write; the portal's default lets heavy pages lag saves by up to a second.
        builder.UseSetting("Portal:Analysis:ScoreRefreshInterval", "00:00:00");
        // Every test signs in from the same (test) address, hundreds of times a minute; the limits have tests of their own.
        builder.UseSetting("Portal:SignIn:AttemptsPerAddress", "100000");
        builder.UseSetting("Portal:SignIn:AttemptsPerAccount", "1000");
        builder.UseSetting("Portal:DataDirectory", Path.Combine(Path.GetTempPath(), "partnerportal-web-tests"));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>A browser-like client: https (session cookies are Secure outside Development), cookies kept, redirects not followed.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    public async Task<string> AddUserAsync(string role, string? email = null, params string[] moreRoles)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(email, [role, .. moreRoles], Password);
        return email;
    }

    /// <summary>A generated, fully scored round of the given size, created once per portal (tests in a class run one at a time).</summary>
    public async Task EnsureDemoRoundAsync(string slug, int countries, int technologies, int analysts, int seed = 1)
    {
        if (await Services.GetRequiredService<Infrastructure.Rounds.RoundCatalog>().FindAsync(slug) is null)
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Infrastructure.Demo.DemoRoundGenerator>().GenerateAsync(slug, countries, technologies, analysts, seed);
        }
    }

    /// <summary>A copy of the study round open for scoring, created once per portal.</summary>
    public async Task<Domain.Rounds.Round> EnsureStudyRoundCopyAsync(string slug)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Rounds.SingleOrDefaultAsync(r => r.Slug == slug) ?? await StudyRoundCopy.CreateAsync(Services, slug);
    }

    /// <summary>A client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = Password)
    {
        var browser = CreateBrowser();
        var response = await SubmitFormAsync(browser, "/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} failed: {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>Fetches the page, then posts the named form with its antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(HttpClient browser, string path, string formName, Dictionary<string, string> fields, string? postPath = null)
    {
        var page = await browser.GetStringAsync(path);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["_handler"] = formName,
        };
        return await browser.PostAsync(postPath ?? path, new FormUrlEncodedContent(form));
    }

    public static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no antiforgery token on the page"));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
