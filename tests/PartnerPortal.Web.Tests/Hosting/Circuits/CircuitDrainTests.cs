using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Web.Hosting.Circuits;

namespace PartnerPortal.Web.Tests.Hosting.Circuits;

/// <summary>
/// Issue 17: while an instance drains for a restart, <c>/_blazor</c> (the negotiation included) answers 503, so a
/// page starts or resumes its circuit on the next instance, never on the one going away. (The pause and resume
/// themselves are pinned in a browser: EndToEnd RestartTests.)
/// </summary>
public class CircuitDrainTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task While_the_instance_drains_the_blazor_endpoints_answer_503_with_a_retry_and_no_circuit_is_negotiated()
    {
        var browser = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));
        var before = await browser.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await portal.Services.GetRequiredService<CircuitDrain>().DrainAsync();

        var negotiate = await browser.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, negotiate.StatusCode);
        Assert.Equal(CircuitGate.DrainingMessage, await negotiate.Content.ReadAsStringAsync());
        Assert.Equal("1", negotiate.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await browser.GetAsync("/_blazor?id=anything")).StatusCode);
        // Only the circuits' door closes: pages and health still answer until the host stops.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).StatusCode);
    }
}
