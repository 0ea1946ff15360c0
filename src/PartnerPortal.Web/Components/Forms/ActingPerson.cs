using System.Security.Claims;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Web.Components.Forms;

/// <summary>
/// Who an interactive page acts for. Its handlers read the user afresh from the circuit's authentication state
/// before each change (roles follow a change within a minute, ADR-006) and name them in the audit log, as a circuit
/// has no request for the ambient audit actor to read.
/// </summary>
public static class ActingPerson
{
    public static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "unknown user";

    /// <summary>Portfolio managers and admins run a round: its phase, rules, scope and analysts.</summary>
    public static bool RunsRounds(ClaimsPrincipal user) => user.IsInRole(PortalRoles.PortfolioManager) || user.IsInRole(PortalRoles.Admin);
}
