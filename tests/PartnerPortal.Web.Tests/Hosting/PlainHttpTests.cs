using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>The docker compose trial runs on http://localhost: with Portal:AllowPlainHttp, signing in works without TLS.</summary>
public class PlainHttpTests(PlainHttpTests.PlainHttpPortal portal) : IClassFixture<PlainHttpTests.PlainHttpPortal>
{
    public sealed class PlainHttpPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:AllowPlainHttp", "true");
        }
    }

    [Fact]
    public async Task With_plain_http_allowed_a_person_signs_in_over_http()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var browser = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false, HandleCookies = true });

        var signIn = await PortalFactory.SubmitFormAsync(browser, "/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = PortalFactory.Password });
        var rounds = await browser.GetAsync("/rounds");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rounds.StatusCode);
    }
}
