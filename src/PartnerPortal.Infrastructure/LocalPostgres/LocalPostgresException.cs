namespace PartnerPortal.Infrastructure.LocalPostgres;

public sealed class LocalPostgresException(string message) : Exception(message);
