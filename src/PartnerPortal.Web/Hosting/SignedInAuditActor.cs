using System.Security.Claims;
using PartnerPortal.Infrastructure.Auditing;

namespace PartnerPortal.Web.Hosting;

/// <summary>Names the signed-in person in the audit log; outside a request (start-up) it is the system.</summary>
public sealed class SignedInAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Name =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
            ? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity!.Name ?? "unknown user"
            : accessor.HttpContext is null ? FixedAuditActor.System.Name : "anonymous";
}
