using System.Net;
using Microsoft.AspNetCore.Hosting;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>A session ends a fixed time after sign-in even while it is in use (sliding expiry alone would keep it alive).</summary>
public class SessionLifetimeTests(SessionLifetimeTests.ShortSessionPortal portal) : IClassFixture<SessionLifetimeTests.ShortSessionPortal>
{
    public sealed class ShortSessionPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Session:AbsoluteLifetime", "00:00:03");
        }
    }

    [Fact]
    public async Task A_session_in_constant_use_still_ends_at_its_absolute_lifetime()
    {
        var browser = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/rounds")).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(4));
        var after = await browser.GetAsync("/rounds");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.ToString());
    }
}
