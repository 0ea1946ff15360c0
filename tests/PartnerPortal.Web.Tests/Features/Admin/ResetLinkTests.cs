using Bunit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Web.Features.Admin;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Admin;

/// <summary>
/// Reset links point to the portal's configured public address, never to the address a request or circuit came in on
/// (its Host header is the browser's to choose); the link is shown once, with a copy button.
/// </summary>
public class ResetLinkTests(ResetLinkTests.PublicAddressPortal portal) : PortalComponentContext(portal), IClassFixture<ResetLinkTests.PublicAddressPortal>
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
    public async Task A_reset_link_points_to_the_configured_public_address_is_copied_by_the_copy_button_and_is_shown_once()
    {
        var admin = await Portal.AddUserAsync(PortalRoles.Admin);
        var person = await Portal.AddUserAsync(PortalRoles.Analyst);
        await using (var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            SignIn(await db.Users.Where(u => u.Email == admin).Select(u => u.Id).SingleAsync(), admin, PortalRoles.Admin);
        }
        RenderProviders();
        var clipboard = JSInterop.SetupModule("./js/clipboard.js");
        clipboard.Setup<bool>("copy", _ => true).SetResult(true);
        var page = Render<UsersPage>();
        page.WaitForElement(".user-row", Patience);

        Click(page, $"button[aria-label=\"Issue a password reset link for {person}\"]");
        Dialogs.WaitForAssertion(() => Assert.Contains($"Issue a reset link for {person}?", Dialogs.Find(".mud-dialog").TextContent), Patience);
        ClickButton(Dialogs, "Issue link");
        Dialogs.WaitForElement("#issued-secret", Patience);
        var link = Dialogs.Find("#issued-secret").GetAttribute("value")!;
        ClickButton(Dialogs, "Copy");
        Dialogs.WaitForAssertion(() => Assert.Contains("Copied to the clipboard.", Dialogs.Find(".mud-dialog").TextContent), Patience);
        ClickButton(Dialogs, "Done");

        Assert.StartsWith($"https://portal.example.org/account/reset-password?email={Uri.EscapeDataString(person)}&token=", link);
        Assert.DoesNotContain("evil.example", link);
        Assert.Equal(link, clipboard.VerifyInvoke("copy").Arguments.Single());
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("#issued-secret")), Patience);
        await using var check = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var personId = await check.Users.Where(u => u.Email == person).Select(u => u.Id).SingleAsync();
        var issued = await check.AuditLog.SingleAsync(a => a.Action == "user.reset-link-issued" && a.EntityKey == personId);
        Assert.Equal(admin, issued.Actor);
    }
}
