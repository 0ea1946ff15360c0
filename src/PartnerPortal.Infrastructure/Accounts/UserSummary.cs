namespace PartnerPortal.Infrastructure.Accounts;

public sealed record UserSummary(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, bool IsDisabled, bool IsDemo, bool IsLockedOut, DateTimeOffset CreatedAt);
