using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Auditing;

namespace PartnerPortal.Web.Components.Forms;

/// <summary>
/// Runs a change to the framework (criteria, technologies, indicators, statement rules) for an admin only, with the
/// audit entries naming them. Inside a circuit there is no request to read either from, so every handler asks the
/// circuit's authentication state again at the moment it saves: a role taken away meanwhile refuses the change.
/// </summary>
public static class AdminChange
{
    public const string Refusal = "Only admins change the framework. Nothing was saved.";

    /// <returns>false, having changed nothing, when the signed-in person is not an admin.</returns>
    public static async Task<bool> RunAsync(Task<AuthenticationState> authentication, Func<Task> change)
    {
        var user = (await authentication).User;
        if (!user.IsInRole(PortalRoles.Admin))
        {
            return false;
        }
        using var acting = AuditActing.As(ActingPerson.NameOf(user));
        await change();
        return true;
    }
}
