using Microsoft.AspNetCore.Identity;

namespace PartnerPortal.Infrastructure.Accounts;

public class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>A demo account made by the run command; production refuses to start while one exists.</summary>
    public bool IsDemo { get; set; }

    /// <summary>A disabled account cannot sign in; it is kept so its scores and audit history stay attributed.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
