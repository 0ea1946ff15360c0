using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>
/// Password-reset links, on the portal's public address from configuration (Portal:PublicBaseUrl). Never
/// the address a request came in on: its Host header is the client's to choose, so a crafted request would
/// get a link that hands the token to another site.
/// </summary>
public sealed class PasswordResetLinks(UserAdministration accounts, IConfiguration configuration, IHostEnvironment environment)
{
    public const string BaseUrlSetting = "Portal:PublicBaseUrl";

    /// <summary>
    /// Issues a one-time reset token for the person and returns the link to hand them. The base address is
    /// <paramref name="baseUrl"/> when given (the CLI's --base-url), else the configured one; in Development
    /// only, <paramref name="developmentFallback"/> stands in for a missing one. Refused before any token is
    /// issued when there is no usable address.
    /// </summary>
    public async Task<string> IssueAsync(string email, string? baseUrl = null, string? developmentFallback = null)
    {
        var site = PublicBase(baseUrl);
        var token = await accounts.IssueResetTokenAsync(email);
        return $"{site}/account/reset-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";

        string PublicBase(string? given)
        {
            var text = given is { Length: > 0 } ? given
                : configuration[BaseUrlSetting] is { Length: > 0 } configured ? configured
                : environment.IsDevelopment() ? developmentFallback : null;
            if (text is null)
            {
                throw new AccountException(
                    $"No reset link was issued: the portal's public address is not configured. Set {BaseUrlSetting} (for example https://portal.agency.example) so links point to the portal, whatever address a request came in on.");
            }
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            {
                throw new AccountException($"No reset link was issued: '{text}' is not a web address like https://portal.agency.example.");
            }
            return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }
    }
}
