using Microsoft.AspNetCore.Identity;

namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>OWASP ASVS 5: allow passphrases of at least 128 characters, but bound them (hashing cost).</summary>
public sealed class MaximumLengthPasswordValidator : IPasswordValidator<PortalUser>
{
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is { Length: > MaximumLength }
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = $"Passwords must be at most {MaximumLength} characters." })
            : IdentityResult.Success);
}
