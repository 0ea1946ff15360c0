using System.Net;
using Microsoft.AspNetCore.Hosting;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Web.Tests.Features.Account;

/// <summary>Sign-in attempts are limited per account and per client address, and a refused one gets a page that says so.</summary>
public class SignInRateLimitTests(SignInRateLimitTests.TightLimitsPortal portal) : IClassFixture<SignInRateLimitTests.TightLimitsPortal>
{
    public sealed class TightLimitsPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:SignIn:AttemptsPerAccount", "3");
            builder.UseSetting("Portal:SignIn:AttemptsPerAddress", "6");
            // Long enough that no window ends during the test.
            builder.UseSetting("Portal:SignIn:Window", "01:00:00");
        }
    }

    [Fact]
    public async Task A_fourth_attempt_on_one_account_and_a_seventh_from_one_address_get_the_too_many_attempts_page()
    {
        var (first, second, third) = (await portal.AddUserAsync(PortalRoles.Analyst), await portal.AddUserAsync(PortalRoles.Analyst), await portal.AddUserAsync(PortalRoles.Analyst));
        var browser = portal.CreateBrowser();
        var token = PortalFactory.AntiforgeryToken(await browser.GetStringAsync("/account/login"));
        Task<HttpResponseMessage> Attempt(string email) => browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = "not the password at all",
        }));

        var onFirstAccount = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            onFirstAccount.Add(await Attempt(first.ToUpperInvariant()));
        }
        var secondAccount = await Attempt(second);
        var secondAgain = await Attempt(second);
        var seventhFromAddress = await Attempt(third);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], onFirstAccount.Select(r => r.StatusCode));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (secondAccount.StatusCode, secondAgain.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, seventhFromAddress.StatusCode);
        foreach (var refused in new[] { onFirstAccount[3], seventhFromAddress })
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains("Too many sign-in attempts", html);
            Assert.DoesNotContain("Exception", html);
            Assert.True(int.Parse(refused.Headers.RetryAfter!.ToString()) > 0);
        }
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).StatusCode);
    }
}
