using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>Creating users, changing their roles, disabling them and issuing reset tokens: used by the CLI and the admin pages.</summary>
public sealed class UserAdministration(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<PortalDbContext> contextFactory,
    AuditTrail audit,
    TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in PortalRoles.All.Where(role => !roles.Roles.Any(r => r.Name == role)))
        {
            Check(await roles.CreateAsync(new IdentityRole(role)));
        }
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var memberships = (await db.UserRoles.ToListAsync(cancellationToken)).ToLookup(ur => ur.UserId, ur => roleNames[ur.RoleId]);
        var now = clock.GetUtcNow();
        return (await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken))
            .Select(u => new UserSummary(u.Id, u.Email!, u.DisplayName, [.. memberships[u.Id].Order()], u.IsDisabled, u.IsDemo,
                u.LockoutEnd > now && !u.IsDisabled, u.CreatedAt))
            .ToList();
    }

    public async Task<PortalUser> AddAsync(string email, IReadOnlyCollection<string> roleNames, string password, bool isDemo = false, string? displayName = null)
    {
        ValidateRoles(roleNames);
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new AccountException($"A user with the email {email} already exists.");
        }
        var user = new PortalUser { UserName = email, Email = email, DisplayName = displayName, IsDemo = isDemo, CreatedAt = clock.GetUtcNow() };
        Check(await users.CreateAsync(user, password));
        await SetRolesAsync(user, roleNames, []);
        return user;
    }

    /// <param name="actingEmail">The admin making the change on the users page, who may not take their own Admin role away; the CLI passes none.</param>
    public async Task SetRolesAsync(string email, IReadOnlyCollection<string> roleNames, string? actingEmail = null)
    {
        ValidateRoles(roleNames);
        var user = await FindAsync(email);
        var current = await users.GetRolesAsync(user);
        // An admin who removed their own Admin role would be locked out of this page, possibly leaving nobody in it.
        if (IsSelf(email, actingEmail) && current.Contains(PortalRoles.Admin) && !roleNames.Contains(PortalRoles.Admin))
        {
            throw new AccountException("You cannot remove your own Admin role; another admin can.");
        }
        await SetRolesAsync(user, roleNames, current);
        // Sign-ins carry roles as claims; a new security stamp makes open sessions pick up the change.
        Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <param name="actingEmail">The admin making the change on the users page, who may not disable themselves; the CLI passes none.</param>
    public async Task SetDisabledAsync(string email, bool disabled, string? actingEmail = null)
    {
        if (disabled && IsSelf(email, actingEmail))
        {
            throw new AccountException("You cannot disable your own account; another admin can.");
        }
        var user = await FindAsync(email);
        user.IsDisabled = disabled;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        Check(await users.UpdateAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>A one-time password-reset token; admins hand the link to the user, since the portal sends no email.</summary>
    public async Task<string> IssueResetTokenAsync(string email)
    {
        var user = await FindAsync(email);
        if (user.IsDisabled)
        {
            throw new AccountException($"{email} is disabled; enable the account before issuing a reset link.");
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await using var db = await contextFactory.CreateDbContextAsync();
        audit.Record(db, "user.reset-link-issued", nameof(PortalUser), user.Id, newValues: new { user.Email });
        await db.SaveChangesAsync();
        return token;
    }

    public async Task SetPasswordAsync(string email, string password)
    {
        var user = await FindAsync(email);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, password));
    }

    private async Task SetRolesAsync(PortalUser user, IReadOnlyCollection<string> wanted, IList<string> current)
    {
        var add = wanted.Except(current).ToList();
        var remove = current.Except(wanted).ToList();
        if (add.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, add));
        }
        if (remove.Count > 0)
        {
            Check(await users.RemoveFromRolesAsync(user, remove));
        }
        if (add.Count + remove.Count > 0)
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            audit.Record(db, "user.roles-changed", nameof(PortalUser), user.Id,
                oldValues: new { user.Email, Roles = current.Order().ToList() }, newValues: new { user.Email, Roles = wanted.Order().ToList() });
            await db.SaveChangesAsync();
        }
    }

    private static bool IsSelf(string email, string? actingEmail) => actingEmail is not null && string.Equals(email.Trim(), actingEmail.Trim(), StringComparison.OrdinalIgnoreCase);

    private async Task<PortalUser> FindAsync(string email) =>
        await users.FindByEmailAsync(email) ?? throw new AccountException($"There is no user with the email {email}.");

    private static void ValidateRoles(IReadOnlyCollection<string> roleNames)
    {
        var unknown = roleNames.FirstOrDefault(role => !PortalRoles.IsKnown(role));
        if (unknown is not null)
        {
            throw new AccountException($"Unknown role '{unknown}': use {string.Join(", ", PortalRoles.All)}.");
        }
        if (roleNames.Count == 0)
        {
            throw new AccountException($"Give at least one role: {string.Join(", ", PortalRoles.All)}.");
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AccountException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
