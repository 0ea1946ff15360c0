using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>
/// Every route the app maps, read from its endpoint data source, against every role. A new route without
/// an entry here fails the test, so nobody can add a page and forget to decide who may use it.
/// </summary>
public partial class RouteMatrixTests(PortalFactory portal, Xunit.Abstractions.ITestOutputHelper log) : IClassFixture<PortalFactory>
{
    private const string Anyone = "anyone";
    private const string SignedIn = "signed-in";
    private const string Managers = PortalRoles.PortfolioManager + "," + PortalRoles.Admin;

    /// <summary>Who may use each route pattern.</summary>
    private static readonly Dictionary<string, string> Access = new()
    {
        ["/health"] = Anyone,
        ["/account/login"] = Anyone,
        ["/account/forgot-password"] = Anyone,
        ["/account/reset-password"] = Anyone,
        ["/not-found"] = Anyone,
        ["/status/{Code:int}"] = Anyone,
        ["/error"] = Anyone,
        // Razor components' own endpoint for redirects during enhanced navigation.
        ["/_framework/opaque-redirect"] = SignedIn,
        // The circuit's hub: only a signed-in browser may open a circuit (the fallback policy covers it).
        ["/_blazor"] = SignedIn,
        ["/_blazor/negotiate"] = SignedIn,
        ["/_blazor/disconnect/"] = SignedIn,
        ["/_blazor/initializers/"] = SignedIn,
        ["/"] = SignedIn,
        ["/account/password"] = SignedIn,
        ["/account/logout"] = SignedIn,
        ["/framework"] = SignedIn,
        ["/framework/criteria"] = SignedIn,
        ["/technologies"] = SignedIn,
        ["/countries"] = SignedIn,
        ["/rounds"] = SignedIn,
        ["/rounds/{Slug}"] = SignedIn,
        ["/rounds/{slug}/export/{table}.{format}"] = SignedIn,
        ["/rounds/{Slug}/ranking"] = SignedIn,
        ["/rounds/{Slug}/pairs/{Country}/{Technology}"] = SignedIn,
        ["/rounds/{Slug}/weights"] = SignedIn,
        ["/rounds/{Slug}/compare"] = SignedIn,
        ["/rounds/{Slug}/proposal"] = Managers,
        ["/work"] = SignedIn,
        ["/rounds/{Slug}/heatmap"] = SignedIn,
        ["/rounds/{Slug}/print"] = SignedIn,
        ["/rounds/{Slug}/radar"] = SignedIn,
        ["/rounds/new"] = PortalRoles.Admin,
        ["/countries/new"] = PortalRoles.Admin,
        ["/countries/{Code}"] = SignedIn,
        ["/technologies/new"] = PortalRoles.Admin,
        ["/technologies/groups"] = PortalRoles.Admin,
        ["/technologies/{Slug}/edit"] = PortalRoles.Admin,
        ["/countries/{Code}/edit"] = PortalRoles.Admin,
        ["/rounds/{slug}/heatmap.json"] = SignedIn,
        ["/rounds/{Slug}/score"] = PortalRoles.Analyst,
        ["/rounds/{Slug}/score/{Country}/{Technology}"] = PortalRoles.Analyst,
        ["/rounds/{Slug}/settings"] = Managers,
        ["/rounds/{Slug}/dashboard"] = Managers,
        ["/rounds/{Slug}/opportunities/{Country}/{Technology}"] = Managers,
        ["/framework/criteria/{Code}/edit"] = PortalRoles.Admin,
        ["/admin/users"] = PortalRoles.Admin,
        ["/admin/audit"] = PortalRoles.Admin,
        ["/admin/indicators/import"] = PortalRoles.Admin,
        ["/indicators"] = SignedIn,
        ["/indicators/new"] = PortalRoles.Admin,
        ["/indicators/{Code}/edit"] = PortalRoles.Admin,
        ["/indicators/rules"] = SignedIn,
        ["/indicators/rules/new"] = PortalRoles.Admin,
        ["/indicators/rules/{Id:int}/edit"] = PortalRoles.Admin,
        ["/admin/audit/export.csv"] = PortalRoles.Admin,
    };

    private static readonly Dictionary<string, string> SampleValues = new()
    {
        ["{Slug}"] = "mm-2021", ["{slug}"] = "mm-2021", ["{Code}"] = "feasibility", ["{Code:int}"] = "404",
        ["{table}"] = "longlist", ["{format}"] = "xlsx",
        ["{Country}"] = "CHN", ["{Technology}"] = "batteries", ["{country}"] = "CHN", ["{technology}"] = "batteries", ["{criterion}"] = "rie",
        ["{Id:int}"] = "1",
    };

    private IReadOnlyList<(string Pattern, string Method)> MappedRoutes()
    {
        _ = portal.CreateClient();
        return portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            // Static files (the framework's, MudBlazor's, ours) are public and have a test of their own below.
            .Where(e => !IsStaticFile(e.RoutePattern.RawText!))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (e.RoutePattern.RawText!, m)))
            .Distinct()
            // Signing out last, or every later request would be anonymous.
            .OrderBy(r => r.Item1 == "/account/logout")
            .ThenBy(r => r.Item1)
            .ToList();
    }

    /// <summary>MapStaticAssets' endpoints: one per file (and compressed variant), the only patterns without a leading slash.</summary>
    private static bool IsStaticFile(string pattern) => !pattern.StartsWith('/');

    [Fact]
    public async Task Static_files_are_served_to_anonymous_visitors_and_are_only_files()
    {
        _ = portal.CreateClient();
        var files = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!).Where(IsStaticFile).Distinct().ToList();
        var anonymous = portal.CreateBrowser();

        Assert.Contains("_content/MudBlazor/MudBlazor.min.css", files);
        Assert.Contains("_framework/blazor.web.js", files);
        foreach (var file in files.Where(f => f.EndsWith(".css") || f.EndsWith(".js")))
        {
            var response = await anonymous.GetAsync("/" + file);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}");
            Assert.DoesNotContain("text/html", response.Content.Headers.ContentType?.MediaType ?? "");
        }
    }

    [Fact]
    public void Every_mapped_route_has_an_access_rule()
    {
        var unlisted = MappedRoutes().Select(r => r.Pattern).Distinct().Where(pattern => !Access.ContainsKey(pattern)).ToList();

        Assert.Empty(unlisted);
        Assert.Empty(Access.Keys.Except(MappedRoutes().Select(r => r.Pattern)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PortalRoles.Analyst)]
    [InlineData(PortalRoles.PortfolioManager)]
    [InlineData(PortalRoles.Admin)]
    public async Task Each_route_answers_each_role_as_its_access_rule_says(string? role)
    {
        var browser = role is null ? portal.CreateBrowser() : await portal.SignedInAsync(await portal.AddUserAsync(role));
        var failures = new List<string>();
        var routes = MappedRoutes();
        foreach (var (pattern, method) in routes)
        {
            var path = SampleValues.Aggregate(pattern, (p, sample) => p.Replace(sample.Key, sample.Value));
            var response = method == "GET"
                ? await browser.GetAsync(path)
                : await PortalFactory.SubmitFormAsync(browser, role is null ? "/account/login" : "/account/password", "", [], postPath: path);
            var outcome = Classify(response);
            var expected = Expected(Access[pattern], role, method, pattern);
            if (outcome != expected)
            {
                failures.Add($"{method} {path} as {role ?? "anonymous"}: {outcome} ({(int)response.StatusCode}), expected {expected}");
            }
        }

        log.WriteLine($"{routes.Count} route-method pairs over {routes.Select(r => r.Pattern).Distinct().Count()} route patterns checked as {role ?? "anonymous"}");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(routes.Count >= Access.Count);
    }

    private static string Expected(string access, string? role, string method, string pattern) => access switch
    {
        Anyone => "allowed",
        _ when role is null => "sign-in",
        SignedIn => "allowed",
        _ => access.Split(',').Contains(role) ? "allowed" : "forbidden",
    };

    /// <summary>
    /// Authorization runs first; a 400 afterwards (a page's POST naming no form, a framework endpoint
    /// called without its parameters) means the request got past it.
    /// </summary>
    private static string Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/account/login?ReturnUrl", StringComparison.Ordinal) => "sign-in",
        HttpStatusCode.Forbidden => "forbidden",
        HttpStatusCode.Unauthorized => "sign-in",
        var status when (int)status < 500 => "allowed",
        var status => $"error {(int)status}",
    };
}
