using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Web.Tests.Features.Account;

public class AccountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task Signing_in_reaches_the_dashboard_and_signing_out_ends_the_session()
    {
        var browser = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        var signOut = await PortalFactory.SubmitFormAsync(browser, "/account/password", "", [], postPath: "/account/logout");

        Assert.Equal("/account/login", signOut.Headers.Location!.OriginalString);
        var after = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/account/login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var browser = portal.CreateBrowser();
        for (var attempt = 1; attempt <= AccountPolicy.MaximumFailedAttempts; attempt++)
        {
            var wrong = await PortalFactory.SubmitFormAsync(browser, "/account/login", "login", Credentials(email, "not the password at all"));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await PortalFactory.SubmitFormAsync(browser, "/account/login", "login", Credentials(email, PortalFactory.Password));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked after too many failed attempts", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_revealing_whether_the_account_exists()
    {
        var browser = portal.CreateBrowser();

        var unknown = await PortalFactory.SubmitFormAsync(browser, "/account/login", "login", Credentials("nobody@example.org", "whatever it is here"));

        Assert.Contains("The email address or password is not right.", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetDisabledAsync(email, disabled: true);
        }

        var attempt = await PortalFactory.SubmitFormAsync(portal.CreateBrowser(), "/account/login", "login", Credentials(email, PortalFactory.Password));

        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        Assert.Contains("has been disabled", await attempt.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public async Task Passwords_need_12_to_128_characters_and_no_particular_kinds_of_character(int length, bool accepted)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var password = new string('a', length);

        var add = () => accounts.AddAsync($"policy-{Guid.NewGuid():N}@example.org", [PortalRoles.Analyst], password);

        if (accepted)
        {
            await add();
        }
        else
        {
            await Assert.ThrowsAsync<AccountException>(add);
        }
    }

    [Fact]
    public async Task A_reset_link_issued_by_an_admin_lets_the_person_choose_a_new_password_once()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        string token;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            token = await scope.ServiceProvider.GetRequiredService<UserAdministration>().IssueResetTokenAsync(email);
        }
        var link = $"/account/reset-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
        var fields = new Dictionary<string, string> { ["Input.NewPassword"] = "a brand new passphrase", ["Input.ConfirmPassword"] = "a brand new passphrase", ["Email"] = email, ["Token"] = token };

        var reset = await PortalFactory.SubmitFormAsync(portal.CreateBrowser(), link, "reset-password", fields);
        Assert.Contains("Your password is changed", await reset.Content.ReadAsStringAsync());
        await portal.SignedInAsync(email, "a brand new passphrase");

        var again = await PortalFactory.SubmitFormAsync(portal.CreateBrowser(), link, "reset-password", fields);
        Assert.Contains("This reset link is not valid any more", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_the_new_one_then_signs_in()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var browser = await portal.SignedInAsync(email);
        var fields = new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not my password", ["Input.NewPassword"] = "another long passphrase", ["Input.ConfirmPassword"] = "another long passphrase",
        };

        var wrongCurrent = await PortalFactory.SubmitFormAsync(browser, "/account/password", "change-password", fields);
        fields["Input.CurrentPassword"] = PortalFactory.Password;
        var changed = await PortalFactory.SubmitFormAsync(browser, "/account/password", "change-password", fields);

        Assert.Contains("The current password is not right.", await wrongCurrent.Content.ReadAsStringAsync());
        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync());
        await portal.SignedInAsync(email, "another long passphrase");
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_secure_and_same_site_lax()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);

        var response = await PortalFactory.SubmitFormAsync(portal.CreateBrowser(), "/account/login", "login", Credentials(email, PortalFactory.Password));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PartnerPortal.Session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("secure", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    [Theory]
    [InlineData("/countries?q=%C3%A9%E4%B8%AD", "/countries?q=%C3%A9%E4%B8%AD")]
    [InlineData("/countries/%C3%A9", "/countries/%C3%A9")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    public async Task Signing_in_returns_to_a_local_address_escaped_even_when_it_holds_non_ascii_and_never_elsewhere(string returnUrl, string expected)
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var browser = portal.CreateBrowser();
        var path = $"/account/login?ReturnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}";

        var response = await PortalFactory.SubmitFormAsync(browser, path, "login", new() { ["Input.Email"] = email, ["Input.Password"] = PortalFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(new Uri("https://localhost"), response.Headers.Location!);
        Assert.Equal(("localhost", expected), (location.Host, location.PathAndQuery));
    }

    [Fact]
    public async Task The_favicon_is_served_so_no_page_logs_a_404_for_it()
    {
        var response = await portal.CreateBrowser().GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await response.Content.ReadAsByteArrayAsync())[..4]);
    }
}
