namespace PartnerPortal.Infrastructure.Accounts;

/// <summary>A user-administration request that cannot be carried out; the message says why.</summary>
public sealed class AccountException(string message) : Exception(message);
