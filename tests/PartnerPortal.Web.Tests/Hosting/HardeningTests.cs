using System.Net;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Web.Tests.Hosting;

public class HardeningTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused_with_400()
    {
        var admin = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Admin));

        var logout = await admin.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        var edit = await admin.PostAsync("/framework/criteria/feasibility/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "edit-criterion", ["Input.Name"] = "Hijacked", ["Input.Definition"] = "Hijacked", ["Input.Version"] = "0",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await portal.CreateBrowser().GetAsync("/account/login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        // MudBlazor needs inline styles (ADR-006); script stays our own origin's only.
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("style-src 'self' 'unsafe-inline'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Pages_contain_no_inline_script_so_the_policy_can_forbid_it()
    {
        var analyst = await portal.SignedInAsync(await portal.AddUserAsync(PortalRoles.Analyst));

        var html = await analyst.GetStringAsync("/rounds/mm-2021");

        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
    }
}
