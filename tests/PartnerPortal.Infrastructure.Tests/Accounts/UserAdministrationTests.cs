using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Infrastructure.Tests.Accounts;

/// <summary>What the users page may not do to the admin using it; the command line, run on the server, may.</summary>
public class UserAdministrationTests : SeededStudyTests
{
    private async Task<(AsyncServiceScope Scope, UserAdministration Accounts)> AccountsAsync(string email, params string[] roles)
    {
        var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        await accounts.AddAsync(email, roles, "a long enough password 1");
        return (scope, accounts);
    }

    [Fact]
    public async Task An_admin_cannot_disable_their_own_account_or_take_away_their_own_admin_role()
    {
        var (scope, accounts) = await AccountsAsync("admin@example.org", PortalRoles.Admin, PortalRoles.Analyst);
        await using var _ = scope;

        var disable = await Assert.ThrowsAsync<AccountException>(() => accounts.SetDisabledAsync("Admin@Example.org", disabled: true, actingEmail: "admin@example.org"));
        var demote = await Assert.ThrowsAsync<AccountException>(() => accounts.SetRolesAsync("admin@example.org", [PortalRoles.Analyst], actingEmail: "admin@example.org"));
        await accounts.SetRolesAsync("admin@example.org", [PortalRoles.Admin], actingEmail: "admin@example.org");

        Assert.Equal("You cannot disable your own account; another admin can.", disable.Message);
        Assert.Equal("You cannot remove your own Admin role; another admin can.", demote.Message);
        var me = Assert.Single(await accounts.ListAsync(), u => u.Email == "admin@example.org");
        Assert.False(me.IsDisabled);
        Assert.Equal([PortalRoles.Admin], me.Roles);
    }

    [Fact]
    public async Task Another_admin_and_the_command_line_may_disable_an_admin_and_change_their_roles()
    {
        var (scope, accounts) = await AccountsAsync("admin@example.org", PortalRoles.Admin);
        await using var _ = scope;

        await accounts.SetRolesAsync("admin@example.org", [PortalRoles.Analyst], actingEmail: "other-admin@example.org");
        await accounts.SetDisabledAsync("admin@example.org", disabled: true);

        var them = Assert.Single(await accounts.ListAsync(), u => u.Email == "admin@example.org");
        Assert.True(them.IsDisabled);
        Assert.Equal([PortalRoles.Analyst], them.Roles);
    }
}
