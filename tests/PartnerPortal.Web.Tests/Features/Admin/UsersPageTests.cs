using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Web.Features.Admin;
using PartnerPortal.Web.Tests.Components;

namespace PartnerPortal.Web.Tests.Features.Admin;

/// <summary>The users page in a circuit: adding people (the password shown once), roles, disabling after a confirmation, reset links.</summary>
public class UsersPageTests(PortalFactory portal) : PortalComponentContext(portal), IClassFixture<PortalFactory>
{
    /// <summary>A new admin, signed in to the rendered page, with MudBlazor's dialog and snackbar providers.</summary>
    private async Task<string> AdminAsync()
    {
        var email = await Portal.AddUserAsync(PortalRoles.Admin);
        SignIn(await IdOfAsync(email), email, PortalRoles.Admin);
        RenderProviders();
        return email;
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<PortalUser?> StoredAsync(string email)
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email);
    }

    private async Task<List<AuditEntry>> AuditOfAsync(string email)
    {
        var id = await IdOfAsync(email);
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.AuditLog.AsNoTracking().Where(a => a.EntityKey == id).OrderBy(a => a.Id).ToListAsync();
    }

    private IRenderedComponent<UsersPage> RenderPage()
    {
        var page = Render<UsersPage>();
        page.WaitForElement(".user-row", Patience);
        return page;
    }

    /// <summary>The dialog's text once it says <paramref name="text"/> (read then: the dialog changes or closes afterwards).</summary>
    private string WaitForDialog(string text)
    {
        Dialogs.WaitForAssertion(() => Assert.Contains(text, Dialogs.Find(".mud-dialog").TextContent), Patience);
        return Dialogs.Find(".mud-dialog").TextContent;
    }

    private void Tick(string label) =>
        Dialogs.InvokeAsync(() => Dialogs.FindAll(".mud-dialog label").First(l => l.TextContent.Trim() == label).QuerySelector("input")!.Change(true)).GetAwaiter().GetResult();

    [Fact]
    public async Task Adding_a_person_shows_their_generated_password_once_and_it_signs_them_in()
    {
        var admin = await AdminAsync();
        var page = RenderPage();
        var email = $"new-{Guid.NewGuid():N}@example.org";

        ClickButton(page, "Add a person");
        WaitForDialog("Add a person");
        Dialogs.Find("#new-email").Input(email);
        Dialogs.Find("#new-name").Change("New Person");
        Tick("Analyst");
        ClickButton(Dialogs, "Add person");

        var secret = WaitForDialog($"Initial password for {email}");
        var password = Dialogs.Find("#issued-secret").GetAttribute("value")!;
        Assert.Contains("it is not shown again", secret);
        Assert.True(password.Length >= AccountPolicy.MinimumPasswordLength);
        page.WaitForAssertion(() => Assert.Contains(email, page.Markup), Patience);
        ClickButton(Dialogs, "Done");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")), Patience);
        Assert.DoesNotContain(password, page.Markup + Dialogs.Markup);
        Assert.DoesNotContain(password, Render<UsersPage>().Markup);
        await using var scope = Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password));
        Assert.Equal([PortalRoles.Analyst], await users.GetRolesAsync((await users.FindByEmailAsync(email))!));
        var audit = await AuditOfAsync(email);
        Assert.All(audit, entry => Assert.Equal(admin, entry.Actor));
        Assert.Contains(audit, a => a.Action == "added" && a.NewValues!.Contains(email));
        Assert.DoesNotContain(audit, a => (a.NewValues ?? "").Contains("PasswordHash") || (a.NewValues ?? "").Contains(password));
    }

    [Fact]
    public async Task The_add_dialog_says_what_is_missing_or_wrong_beside_each_field_and_adds_nobody()
    {
        await AdminAsync();
        var taken = await Portal.AddUserAsync(PortalRoles.Analyst);
        var page = RenderPage();

        ClickButton(page, "Add a person");
        WaitForDialog("Add a person");
        ClickButton(Dialogs, "Add person");
        var empty = WaitForDialog("Enter the person's email address.");
        Dialogs.Find("#new-email").Input("not an email");
        Dialogs.Find("#new-password").Input("short");
        ClickButton(Dialogs, "Add person");
        var invalid = WaitForDialog("Enter a valid email address.");
        Dialogs.Find("#new-email").Input(taken);
        Dialogs.Find("#new-password").Input("");
        Tick("Portfolio manager");
        ClickButton(Dialogs, "Add person");
        var duplicate = WaitForDialog($"A user with the email {taken} already exists.");

        Assert.Contains("Choose at least one role.", empty);
        Assert.Contains($"Use at least {AccountPolicy.MinimumPasswordLength} characters, or leave it empty to generate one.", invalid);
        Assert.Equal([PortalRoles.Analyst], (await Portal.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<UserAdministration>().ListAsync())
            .Single(u => u.Email == taken).Roles);
        Assert.Null(await StoredAsync("not an email"));
        Assert.Empty(Dialogs.FindAll("#issued-secret"));
    }

    [Fact]
    public async Task Disabling_asks_first_cancelling_changes_nothing_and_confirming_disables_by_the_admins_name()
    {
        var admin = await AdminAsync();
        var person = await Portal.AddUserAsync(PortalRoles.Analyst);
        var page = RenderPage();

        Click(page, $"button[aria-label=\"Disable {person}\"]");
        var question = WaitForDialog($"Disable {person}?");
        ClickButton(Dialogs, "Cancel");
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")), Patience);
        var afterCancel = await StoredAsync(person);
        Click(page, $"button[aria-label=\"Disable {person}\"]");
        WaitForDialog($"Disable {person}?");
        ClickButton(Dialogs, "Disable");

        page.WaitForElement($"button[aria-label=\"Enable {person}\"]", Patience);
        Assert.Contains("signed out at once", question);
        Assert.False(afterCancel!.IsDisabled);
        Assert.True((await StoredAsync(person))!.IsDisabled);
        var row = page.FindAll(".mud-table-row").Single(r => r.TextContent.Contains(person));
        Assert.Contains("Disabled", row.TextContent);
        Assert.Contains(await AuditOfAsync(person), a => a.Action == "modified" && a.Actor == admin
            && a.NewValues!.Contains("\"IsDisabled\": true") && a.OldValues!.Contains("\"IsDisabled\": false"));

        Click(page, $"button[aria-label=\"Enable {person}\"]");
        WaitForDialog($"Enable {person}?");
        ClickButton(Dialogs, "Enable");
        page.WaitForElement($"button[aria-label=\"Disable {person}\"]", Patience);
        Assert.False((await StoredAsync(person))!.IsDisabled);
    }

    [Fact]
    public async Task An_admin_can_neither_disable_themselves_nor_take_away_their_own_admin_role()
    {
        var admin = await AdminAsync();
        var page = RenderPage();

        var ownDisable = page.Find($"button[aria-label=\"Disable {admin}\"]");
        Click(page, $"button[aria-label=\"Change the roles of {admin}\"]");
        WaitForDialog($"Roles of {admin}");
        await Dialogs.InvokeAsync(() => Dialogs.FindAll(".mud-dialog label").First(l => l.TextContent.Trim() == "Admin").QuerySelector("input")!.Change(false));
        Tick("Analyst");
        ClickButton(Dialogs, "Save roles");
        var refused = WaitForDialog("You cannot remove your own Admin role; another admin can.");

        Assert.True(ownDisable.HasAttribute("disabled"));
        Assert.Contains("Save roles", refused);
        Assert.Equal([PortalRoles.Admin], (await Portal.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<UserAdministration>().ListAsync())
            .Single(u => u.Email == admin).Roles);
    }

    [Fact]
    public async Task Changing_roles_saves_them_by_the_admins_name_with_the_roles_before_and_after()
    {
        var admin = await AdminAsync();
        var person = await Portal.AddUserAsync(PortalRoles.Analyst);
        var page = RenderPage();

        Click(page, $"button[aria-label=\"Change the roles of {person}\"]");
        WaitForDialog($"Roles of {person}");
        Tick("Portfolio manager");
        ClickButton(Dialogs, "Save roles");

        page.WaitForAssertion(() => Assert.Contains("Portfolio manager", page.FindAll(".mud-table-row").Single(r => r.TextContent.Contains(person)).TextContent), Patience);
        var change = (await AuditOfAsync(person)).Last(a => a.Action == "user.roles-changed");
        Assert.Equal(admin, change.Actor);
        Assert.Contains("[\"Analyst\"]", change.OldValues);
        Assert.Contains("[\"Analyst\", \"PortfolioManager\"]", change.NewValues);
    }

    [Fact]
    public async Task Without_a_configured_public_address_no_reset_link_is_issued_and_the_page_says_what_to_set()
    {
        await AdminAsync();
        var person = await Portal.AddUserAsync(PortalRoles.Analyst);
        var page = RenderPage();

        Click(page, $"button[aria-label=\"Issue a password reset link for {person}\"]");
        WaitForDialog($"Issue a reset link for {person}?");
        ClickButton(Dialogs, "Issue link");

        page.WaitForAssertion(() => Assert.Contains("No reset link was issued: the portal's public address is not configured. Set Portal:PublicBaseUrl",
            page.Find("[role=alert]").TextContent), Patience);
        Assert.Empty(Dialogs.FindAll("#issued-secret"));
        Assert.DoesNotContain(await AuditOfAsync(person), a => a.Action == "user.reset-link-issued");
    }
}
