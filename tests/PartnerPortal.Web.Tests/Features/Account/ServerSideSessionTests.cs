using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests.Features.Account;

/// <summary>A session lives on the server: signing out, a password change, disabling and a role change end it, and a copied cookie is worth nothing after.</summary>
public class ServerSideSessionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ScorePage = "/rounds/sessions/score/CHN/batteries";

    [Fact]
    public async Task After_signing_out_a_copy_of_the_old_cookie_opens_no_page_and_saves_no_score()
    {
        var round = await portal.EnsureStudyRoundCopyAsync("sessions");
        var email = $"copied-cookie-{Guid.NewGuid():N}@example.org";
        var analystId = await StudyRoundCopy.AddAnalystAsync(portal.Services, round, email, PortalFactory.Password);
        var browser = new CookieBrowser(portal);
        await browser.SignInAsync(email);
        // From a static page's form: interactive pages post no forms and carry no token.
        var token = PortalFactory.AntiforgeryToken(await browser.Client.GetStringAsync("/account/password"));
        var copied = browser.CookieHeader;

        var signOut = await browser.Client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal("/account/login", signOut.Headers.Location!.OriginalString);

        var replayed = portal.CreateDefaultClient(new Uri("https://localhost"));
        replayed.DefaultRequestHeaders.Add("Cookie", copied);
        var page = await replayed.GetAsync("/rounds");
        var scoring = await replayed.GetAsync(ScorePage);
        // Scores are saved in a circuit; the old cookie cannot open one.
        var circuit = await replayed.PostAsync("/_blazor/negotiate?negotiateVersion=1", new StringContent(""));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://localhost/account/login", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, scoring.StatusCode);
        Assert.False(circuit.IsSuccessStatusCode, $"negotiate answered {(int)circuit.StatusCode}");
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Scores.AnyAsync(s => s.AnalystId == analystId));
    }

    [Fact]
    public async Task A_password_change_ends_the_persons_other_sessions_and_keeps_the_one_that_made_it()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var changer = await portal.SignedInAsync(email);
        var other = await portal.SignedInAsync(email);

        var changed = await PortalFactory.SubmitFormAsync(changer, "/account/password", "change-password", new()
        {
            ["Input.CurrentPassword"] = PortalFactory.Password, ["Input.NewPassword"] = "another long passphrase", ["Input.ConfirmPassword"] = "another long passphrase",
        });

        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await changer.GetAsync("/rounds")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/rounds")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_and_disabling_end_open_sessions_on_the_next_request()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var beforeRoleChange = await portal.SignedInAsync(email);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetRolesAsync(email, [PortalRoles.Analyst, PortalRoles.PortfolioManager]);
        }
        var beforeDisabling = await portal.SignedInAsync(email);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetDisabledAsync(email, disabled: true);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await beforeRoleChange.GetAsync("/rounds")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await beforeDisabling.GetAsync("/rounds")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_in_one_browser_leaves_the_persons_other_browser_signed_in()
    {
        var email = await portal.AddUserAsync(PortalRoles.Analyst);
        var leaving = await portal.SignedInAsync(email);
        var staying = await portal.SignedInAsync(email);

        await PortalFactory.SubmitFormAsync(leaving, "/account/password", "", [], postPath: "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, (await leaving.GetAsync("/rounds")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staying.GetAsync("/rounds")).StatusCode);
    }

    /// <summary>A browser whose cookies the test can read, to copy them as someone who got hold of them would.</summary>
    private sealed class CookieBrowser
    {
        private static readonly Uri Site = new("https://localhost");
        private readonly CookieContainer _cookies = new();

        public CookieBrowser(PortalFactory portal) => Client = portal.CreateDefaultClient(Site, new CookieHandler(_cookies));

        public HttpClient Client { get; }

        public string CookieHeader => _cookies.GetCookieHeader(Site);

        public async Task SignInAsync(string email)
        {
            var response = await PortalFactory.SubmitFormAsync(Client, "/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = PortalFactory.Password });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (cookies.GetCookieHeader(request.RequestUri!) is { Length: > 0 } header)
                {
                    request.Headers.Add("Cookie", header);
                }
                var response = await base.SendAsync(request, cancellationToken);
                foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
                {
                    cookies.SetCookies(request.RequestUri!, cookie);
                }
                return response;
            }
        }
    }
}
