using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Auditing;

namespace PartnerPortal.Web.Features.Admin;

/// <summary>
/// The users page's changes, each in a scope of its own: Identity's user manager keeps the users it has read, and a
/// circuit lives for minutes, so one held for the page would save a stale account over another admin's change.
/// Every change names the acting admin in the audit log and is checked against them (no disabling oneself).
/// </summary>
public sealed class UserAccounts(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync(cancellationToken);
    }

    /// <summary>Adds the person; returns the password generated for them when none was given, to be shown once.</summary>
    public Task<string?> AddAsync(AddUserForm form, string actingEmail) => AsAsync(actingEmail, async services =>
    {
        var generated = string.IsNullOrEmpty(form.Password) ? PasswordGenerator.Generate() : null;
        await services.GetRequiredService<UserAdministration>().AddAsync(form.Email.Trim(), form.Roles, generated ?? form.Password!,
            displayName: string.IsNullOrWhiteSpace(form.DisplayName) ? null : form.DisplayName.Trim());
        return generated;
    });

    public Task SetRolesAsync(string email, IReadOnlyCollection<string> roles, string actingEmail) =>
        AsAsync(actingEmail, services => services.GetRequiredService<UserAdministration>().SetRolesAsync(email, roles, actingEmail));

    public Task SetDisabledAsync(string email, bool disabled, string actingEmail) =>
        AsAsync(actingEmail, services => services.GetRequiredService<UserAdministration>().SetDisabledAsync(email, disabled, actingEmail));

    /// <param name="developmentFallback">The address the page runs on, used for the link only in Development without Portal:PublicBaseUrl.</param>
    public Task<string> IssueResetLinkAsync(string email, string actingEmail, string developmentFallback) =>
        AsAsync(actingEmail, services => services.GetRequiredService<PasswordResetLinks>().IssueAsync(email, developmentFallback: developmentFallback));

    private async Task AsAsync(string actingEmail, Func<IServiceProvider, Task> change) =>
        await AsAsync<object?>(actingEmail, async services =>
        {
            await change(services);
            return null;
        });

    private async Task<T> AsAsync<T>(string actingEmail, Func<IServiceProvider, Task<T>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var acting = AuditActing.As(actingEmail);
        return await change(scope.ServiceProvider);
    }
}
