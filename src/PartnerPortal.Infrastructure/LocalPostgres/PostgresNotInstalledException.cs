namespace PartnerPortal.Infrastructure.LocalPostgres;

public sealed class PostgresNotInstalledException(string message) : Exception(message);
