namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>Audit actions of signing in.</summary>
public static class SignInAudit
{
    /// <summary>A sign-in to an existing account refused: wrong password, or the account locked out or disabled.</summary>
    public const string Failed = "user.sign-in-failed";
}
