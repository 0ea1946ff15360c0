using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>
/// Identity's sign-in, made safe against parallel attempts and made to end sessions on the server. Whoever
/// signs in through it (the sign-in page today, a circuit tomorrow) gets both.
/// </summary>
public sealed class PortalSignInManager : SignInManager<PortalUser>
{
    private readonly IHttpContextAccessor _contextAccessor;
    private readonly PortalDbContext _db;
    private readonly AuditTrail _audit;
    private readonly UserSessionStore _sessions;

    public PortalSignInManager(
        UserManager<PortalUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<PortalUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<PortalUser> confirmation,
        PortalDbContext db,
        AuditTrail audit,
        UserSessionStore sessions)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
        _contextAccessor = contextAccessor;
        _db = db;
        _audit = audit;
        _sessions = sessions;
    }

    /// <summary>
    /// Identity reads the failure count, checks the password and writes the count back as separate steps, so
    /// forty attempts at once all read the same count and most increments are lost (the account was never
    /// locked). Here each attempt first locks the account's row, in a transaction that also holds the counter
    /// update and the audit entry: attempts on one account are evaluated one after another, on every instance,
    /// and each failed one is in the audit log.
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(PortalUser user, string password, bool lockoutOnFailure)
    {
        // The store's context is this scope's, so Identity's own reads and writes join the transaction.
        await using var transaction = await _db.Database.BeginTransactionAsync();
        await _db.Database.ExecuteSqlAsync($"SELECT 1 FROM asp_net_users WHERE id = {user.Id} FOR UPDATE");
        // Read before the lock was held: the count and the lockout may have changed since.
        await _db.Entry(user).ReloadAsync();
        var failuresBefore = user.AccessFailedCount;
        var wasLockedOut = await UserManager.IsLockedOutAsync(user);

        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);

        if (!result.Succeeded)
        {
            var reason = wasLockedOut ? (user.IsDisabled ? "disabled" : "locked-out") : result.IsNotAllowed ? "not-allowed" : "wrong-password";
            _audit.Record(_db, SignInAudit.Failed, nameof(PortalUser), user.Id, newValues: new
            {
                user.Email,
                Reason = reason,
                // Failures in a row, this one included (Identity sets its counter back to 0 when it locks the account).
                FailedAttempts = reason == "wrong-password" && lockoutOnFailure ? failuresBefore + 1 : failuresBefore,
                LockedOutUntil = user.LockoutEnd,
            }, comment: ClientAddress() is { } address ? $"from {address}" : null);
            await _db.SaveChangesAsync();
        }
        await transaction.CommitAsync();
        return result;
    }

    /// <summary>Ends the session on the server before the cookie is deleted: a copy of the cookie opens nothing afterwards.</summary>
    public override async Task SignOutAsync()
    {
        if (Guid.TryParse(Context.User.FindFirstValue(UserSessionStore.ClaimType), out var session))
        {
            await _sessions.EndAsync(session);
        }
        await base.SignOutAsync();
    }

    private string? ClientAddress() => _contextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
