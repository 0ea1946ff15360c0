using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>
/// Every GET route the app maps, as each role, under the run command's Development host, with malformed
/// values in each route parameter and in each query parameter the page or endpoint reads: a mistyped or
/// hostile address gets a 4xx or the page's default, never a 5xx. Routes and query parameters are read
/// from the app itself, so a new page is walked without anyone listing it here.
/// </summary>
public class MalformedParameterTests(DevelopmentPortalFactory portal, Xunit.Abstractions.ITestOutputHelper log) : IClassFixture<DevelopmentPortalFactory>
{
    /// <summary>Escaped as they would appear in an address.</summary>
    private static readonly string[] Malformed =
    [
        "", "abc", "%00", "x%00y", new string('x', 5000), "%C3%A9%E4%B8%AD%F0%9F%98%80", "%0D%0ALocation:%20evil", "-1",
        "99999999999999999999", "%25", "..%2F..%2Fetc",
    ];

    private static readonly Dictionary<string, string> WellFormed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["slug"] = "mm-2021", ["code"] = "feasibility", ["table"] = "longlist", ["format"] = "csv", ["country"] = "CHN",
        ["technology"] = "batteries", ["criterion"] = "rie", ["id"] = "1",
    };

    [Theory]
    [InlineData(null)]
    [InlineData(PortalRoles.Analyst)]
    [InlineData(PortalRoles.PortfolioManager)]
    [InlineData(PortalRoles.Admin)]
    public async Task No_get_route_answers_5xx_to_malformed_route_or_query_values(string? role)
    {
        var browser = role is null ? portal.CreateBrowser() : await portal.SignedInAsync(await portal.AddUserAsync(role));
        var failures = new List<string>();
        var requests = 0;
        foreach (var route in GetRoutes())
        {
            foreach (var path in Addresses(route))
            {
                requests++;
                var response = await browser.GetAsync(path);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"GET {Shorten(path)} as {role ?? "anonymous"}: {(int)response.StatusCode}");
                }
            }
        }

        log.WriteLine($"{requests} requests as {role ?? "anonymous"}");
        Assert.True(requests > 300, $"only {requests} requests were made");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_nul_byte_in_a_posted_field_is_refused_with_400_before_it_reaches_the_database()
    {
        var email = await portal.AddUserAsync(PortalRoles.Admin);
        var admin = await portal.SignedInAsync(email);
        // A form that stays a static post (ADR-006): the interactive pages post nothing.
        var page = await admin.GetStringAsync("/account/password");

        var response = await admin.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password", ["Input.CurrentPassword"] = "before\0after", ["__RequestVerificationToken"] = PortalFactory.AntiforgeryToken(page),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private sealed record GetRoute(string Pattern, IReadOnlyList<string> RouteParameters, IReadOnlyList<string> QueryParameters);

    private IEnumerable<GetRoute> GetRoutes()
    {
        _ = portal.CreateClient();
        return portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
            .Select(e => new GetRoute(
                e.RoutePattern.RawText!,
                [.. e.RoutePattern.Parameters.Select(p => p.Name)],
                [.. QueryParameters(e, e.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase))]))
            .DistinctBy(r => r.Pattern)
            .OrderBy(r => r.Pattern)
            .ToList();
    }

    /// <summary>A page's [SupplyParameterFromQuery] properties; an endpoint's simple handler parameters that are not route values.</summary>
    private static IEnumerable<string> QueryParameters(RouteEndpoint endpoint, HashSet<string> routeParameters)
    {
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component)
        {
            return component.Type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(p => p.Attribute is not null)
                .Select(p => p.Attribute!.Name ?? p.Property.Name);
        }
        return endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters()
            .Where(p => !routeParameters.Contains(p.Name!) && IsSimple(p.ParameterType))
            .Select(p => p.Name!) ?? [];
    }

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string) || (underlying.IsValueType && underlying != typeof(CancellationToken));
    }

    /// <summary>The route with well-formed values, then each parameter in turn malformed.</summary>
    private static IEnumerable<string> Addresses(GetRoute route)
    {
        var wellFormed = Fill(route.Pattern, _ => null);
        yield return wellFormed;
        foreach (var parameter in route.RouteParameters)
        {
            // Kestrel answers 400 itself to a NUL in the path, before the app (the test server throws instead).
            foreach (var value in Malformed.Where(v => v.Length > 0 && !v.Contains("%00")))
            {
                yield return Fill(route.Pattern, name => name.Equals(parameter, StringComparison.OrdinalIgnoreCase) ? value : null);
            }
        }
        foreach (var parameter in route.QueryParameters)
        {
            foreach (var value in Malformed)
            {
                yield return $"{wellFormed}?{Uri.EscapeDataString(parameter.ToLowerInvariant())}={value}";
            }
        }
    }

    private static string Fill(string pattern, Func<string, string?> malformed) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(?<name>[^}:=?]+)[^}]*\}", match =>
        {
            var name = match.Groups["name"].Value;
            return malformed(name)
                ?? (match.Value.Contains(":guid") ? "5f0c3a52-56f4-4c52-9d8e-1d2f0a6e4b11" : WellFormed.TryGetValue(name, out var value) ? value : "sample");
        });

    private static string Shorten(string path) => path.Length > 160 ? path[..160] + "…" : path;
}
