namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>
/// One signed-in browser. The cookie names its session; a request is let in only while the session has not
/// ended, so signing out ends it on the server and a copied cookie is worth nothing afterwards.
/// </summary>
public class UserSession
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
