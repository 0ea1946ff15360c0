using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.LoadTest.Circuits;
using PartnerPortal.Web.Hosting.Circuits;

namespace PartnerPortal.Web.Tests.Hosting.Circuits;

/// <summary>
/// Issue 17: one person may hold <c>Portal:Circuits:MaxPerUser</c> circuits and an instance
/// <c>MaxPerInstance</c>; the next is refused at its negotiation (429 or 503), before it costs any memory.
/// Real circuits over Kestrel, from the load test's headless circuit client.
/// </summary>
public class CircuitLimitTests(CircuitLimitTests.LimitedPortal portal) : IClassFixture<CircuitLimitTests.LimitedPortal>
{
    public sealed class LimitedPortal : KestrelPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Circuits:MaxPerUser", "2");
            builder.UseSetting("Portal:Circuits:MaxPerInstance", "4");
        }
    }

    private async Task<PortalBrowser> SignedInBrowserAsync()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var browser = new PortalBrowser(portal.Address);
        await browser.SignInAsync(email, PortalFactory.Password);
        return browser;
    }

    private static async Task<HttpStatusCode?> RefusalAsync(PortalBrowser browser)
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => browser.OpenAsync("/work"));
        return refused.StatusCode;
    }

    private async Task WaitUntilClosedAsync(int open)
    {
        var circuits = portal.Services.GetRequiredService<OpenCircuits>();
        for (var waited = 0; circuits.Count > open && waited < 100; waited++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(open, circuits.Count);
    }

    [Fact]
    public async Task A_persons_third_circuit_is_refused_with_429_while_others_get_theirs_until_the_instance_is_full_and_a_closed_tab_frees_a_place()
    {
        using var ana = await SignedInBrowserAsync();
        using var bo = await SignedInBrowserAsync();
        using var cy = await SignedInBrowserAsync();

        var (first, _) = await ana.OpenAsync("/work");
        await using var _1 = first;
        var (second, _) = await ana.OpenAsync("/work");
        await using var _2 = second;
        Assert.Equal(HttpStatusCode.TooManyRequests, await RefusalAsync(ana));

        var (bos, _) = await bo.OpenAsync("/work");
        await using var _3 = bos;
        var (bosSecond, _) = await bo.OpenAsync("/work");
        Assert.Null(bos.Failure);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await RefusalAsync(cy));

        // Closing a tab (the page's beacon) frees its place at once.
        await bosSecond.DisposeAsync();
        await WaitUntilClosedAsync(3);
        var (cys, _) = await cy.OpenAsync("/work");
        await using var _4 = cys;
        Assert.Null(cys.Failure);
        Assert.Null(first.Failure);
    }
}
