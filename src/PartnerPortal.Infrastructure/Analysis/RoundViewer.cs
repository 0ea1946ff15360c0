using System.Security.Claims;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Infrastructure.Analysis;

/// <summary>
/// Who is looking at a round, for the read services that decide what of it they may see: the account and its
/// roles, from a request's or a circuit's <see cref="ClaimsPrincipal"/>. Portfolio managers and admins see every
/// figure; an analyst sees a round they are assigned to, and the group's figures only of the pairs they have
/// scored, until the round is published.
/// </summary>
public sealed record RoundViewer(string? UserId, IReadOnlyList<string> Roles)
{
    /// <summary>The command line and the portal's own work: whoever runs them holds the database already.</summary>
    public static RoundViewer Unrestricted { get; } = new(null, [PortalRoles.Admin]);

    public bool SeesEverything => Roles.Contains(PortalRoles.PortfolioManager) || Roles.Contains(PortalRoles.Admin);

    public static RoundViewer From(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), [.. PortalRoles.All.Where(user.IsInRole)]);

    /// <summary>An analyst by account id, as the analyst's own pages know them.</summary>
    public static RoundViewer Analyst(string analystId) => new(analystId, [PortalRoles.Analyst]);
}
