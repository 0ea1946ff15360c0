using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Web.Tests.Features.Admin;

/// <summary>Reset links point to the portal's configured public address, whatever Host header the admin's request carried.</summary>
public class ResetLinkTests(ResetLinkTests.PublicAddressPortal configured, PortalFactory unconfigured)
    : IClassFixture<ResetLinkTests.PublicAddressPortal>, IClassFixture<PortalFactory>
{
    public sealed class PublicAddressPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:PublicBaseUrl", "https://portal.example.org/");
        }
    }

    [Fact]
    public async Task A_reset_link_requested_with_host_evil_example_points_to_the_configured_public_address()
    {
        var html = await RequestResetLinkAsync(configured, await configured.AddUserAsync(PortalRoles.Analyst));

        var link = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "id=\"issued-secret\">([^<]+)<").Groups[1].Value);
        Assert.StartsWith("https://portal.example.org/account/reset-password?email=", link);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public async Task Without_a_configured_public_address_no_reset_link_is_issued_and_the_page_says_what_to_set()
    {
        var email = await unconfigured.AddUserAsync(PortalRoles.Analyst);

        var html = await RequestResetLinkAsync(unconfigured, email);

        Assert.Contains("No reset link was issued: the portal&#x27;s public address is not configured. Set Portal:PublicBaseUrl", html);
        Assert.DoesNotContain("reset-password?email=", html);
        await using var db = await unconfigured.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.False(await db.AuditLog.AnyAsync(a => a.Action == "user.reset-link-issued" && a.EntityKey == db.Users.Single(u => u.Email == email).Id));
    }

    /// <summary>An admin, browsing with the Host header evil.example, presses "Reset link" on the person's row.</summary>
    private static async Task<string> RequestResetLinkAsync(PortalFactory portal, string email)
    {
        var adminEmail = await portal.AddUserAsync(PortalRoles.Admin);
        var admin = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://evil.example"), AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await PortalFactory.SubmitFormAsync(admin, "/account/login", "login", new() { ["Input.Email"] = adminEmail, ["Input.Password"] = PortalFactory.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
        var page = await admin.GetStringAsync("/admin/users");
        var handler = System.Text.RegularExpressions.Regex.Match(page, $"data-email=\"{email}\"[\\s\\S]*?name=\"_handler\" value=\"(user-[^\"]+)\"").Groups[1].Value;
        var response = await admin.PostAsync("/admin/users", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", PortalFactory.AntiforgeryToken(page)), new("_handler", handler), new("action", "reset-link")]));
        return await response.Content.ReadAsStringAsync();
    }
}
