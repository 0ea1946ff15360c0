using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Auditing;

/// <summary>
/// Issue 14 as it happened, one layer below the page: the audit log's filter, holding a NUL byte, refused by
/// PostgreSQL on the very run that auto-prepares its statement (Npgsql prepares a statement on its fifth use);
/// the log read again on the same pooled connection answered "Received unexpected backend message DataRow".
/// The web host refuses NUL bytes before any query, but a service may be called from elsewhere.
/// </summary>
public class AuditLogAfterRefusedFilterTests
{
    [Fact]
    public async Task The_audit_log_reads_its_entries_after_a_filter_with_a_nul_byte_was_refused_on_the_run_that_prepares_its_query()
    {
        // One connection in the pool, so the read after the refusal gets the connection the refused filter used, unless it was closed.
        var database = await TestPostgres.CreateDatabaseAsync("audit_nul");
        var settings = (database with { ConnectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 1 }.ConnectionString }).Settings();
        await using var services = await PortalServices.CreateAsync(settings: settings);
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_key) VALUES (now(), 'ana@example.org', 'test.one', 'Test', '1'), (now(), 'bo@example.org', 'test.two', 'Test', '2')");
        }
        var log = services.GetRequiredService<AuditLogReader>();
        for (var use = 1; use < 5; use++)
        {
            await log.PageAsync(new AuditQuery(Actor: "ana"), 1, 20);
        }

        var refused = await Assert.ThrowsAsync<PostgresException>(() => log.PageAsync(new AuditQuery(Actor: "ana\0"), 1, 20));
        var (entries, total) = await log.PageAsync(new AuditQuery(Actor: "ana"), 1, 20);
        var (again, _) = await log.PageAsync(new AuditQuery(Actor: "bo"), 1, 20);

        Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, refused.SqlState);
        Assert.Equal((1, "test.one"), (total, Assert.Single(entries).Action));
        Assert.Equal("test.two", Assert.Single(again).Action);
    }
}
