using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Tests.Hosting;

public class InstanceHeaderTests
{
    /// <summary>A host with only the header's filter in front of one endpoint, behind an exception handler as the portal's.</summary>
    private static async Task<HttpResponseMessage> GetAsync(string? instanceName, RequestDelegate endpoint)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration[InstanceHeader.SettingName] = instanceName;
        builder.Services.AddTransient<IStartupFilter, InstanceHeader>();
        await using var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => context.Response.WriteAsync("Something went wrong") });
        app.MapGet("/", endpoint);
        await app.StartAsync();
        return await app.GetTestClient().GetAsync("/");
    }

    [Fact]
    public async Task Every_response_names_the_instance_that_answered()
    {
        using var response = await GetAsync("portal-1", context => context.Response.WriteAsync("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["portal-1"], response.Headers.GetValues(InstanceHeader.HeaderName));
    }

    [Fact]
    public async Task An_error_page_names_the_instance_too_though_its_handler_clears_the_headers()
    {
        using var response = await GetAsync("portal-2", _ => throw new InvalidOperationException("broken"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(["portal-2"], response.Headers.GetValues(InstanceHeader.HeaderName));
    }

    [Fact]
    public async Task Without_a_name_no_response_has_the_header()
    {
        using var response = await GetAsync(null, context => context.Response.WriteAsync("hello"));

        Assert.False(response.Headers.Contains(InstanceHeader.HeaderName));
    }

    [Fact]
    public void A_name_a_header_cannot_carry_stops_the_portal_at_start_up_with_the_setting_named()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [InstanceHeader.SettingName] = "portal 1 ü" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new InstanceHeader(settings).Configure(_ => { }));

        Assert.Contains("Portal:InstanceName takes letters, digits, '-', '_' and '.', not 'portal 1 ü'.", error.Message);
    }
}
