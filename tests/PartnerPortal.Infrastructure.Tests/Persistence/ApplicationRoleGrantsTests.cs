using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Testing;

namespace PartnerPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// Issue 14, item 8: the audit log's triggers refuse UPDATE, DELETE and TRUNCATE, but the tables' owner (or a
/// superuser) can switch them off and rewrite history. The portal's own connection is a role that owns nothing:
/// it reads and adds audit entries, and can do nothing else to them — nor switch the triggers off.
/// </summary>
public class ApplicationRoleGrantsTests : IAsyncLifetime
{
    /// <summary>The portal's services over a database of the test's own, migrated (by the owner) and granted.</summary>
    private ServiceProvider Services { get; set; } = null!;

    public async Task InitializeAsync() => Services = await PortalServices.CreateAsync();

    public async Task DisposeAsync() => await Services.DisposeAsync();

    private string ConnectionString => Services.GetRequiredService<PortalDatabase>().ConnectionString;

    private static async Task<PostgresException> RefusedAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    public async Task The_portals_connection_can_neither_change_nor_remove_audit_entries(string sql)
    {
        var refused = await RefusedAsync(ConnectionString, sql);

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("permission denied for table audit_log", refused.MessageText);
    }

    [Theory]
    [InlineData("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")]
    [InlineData("ALTER TABLE audit_log DISABLE TRIGGER ALL")]
    [InlineData("DROP TRIGGER audit_log_no_truncate ON audit_log")]
    [InlineData("CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'")]
    public async Task The_portals_connection_cannot_switch_off_or_replace_the_audit_logs_triggers(string sql)
    {
        var refused = await RefusedAsync(ConnectionString, sql);

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Theory]
    [InlineData("SET session_replication_role = replica")]
    [InlineData("SET LOCAL session_replication_role = replica")]
    public async Task The_portals_connection_cannot_switch_triggers_off_for_its_session(string sql)
    {
        var refused = await RefusedAsync(ConnectionString, sql);

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("session_replication_role", refused.MessageText);
    }

    [Theory]
    [InlineData("CREATE TABLE rewritten (id integer)")]
    [InlineData("ALTER TABLE scores DROP CONSTRAINT pk_scores")]
    [InlineData("ALTER TABLE audit_log OWNER TO partnerportal_app")]
    public async Task The_portals_connection_can_neither_create_nor_alter_tables(string sql)
    {
        var refused = await RefusedAsync(ConnectionString, sql);

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_portal_works_as_the_application_role_and_its_changes_are_still_audited()
    {
        await Services.GetRequiredService<StudySeeder>().SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().EnsureRolesAsync();
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("ana@example.org", [PortalRoles.Analyst], "a long enough passphrase");
        }

        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(LocalPostgresCluster.ApplicationRole, await db.Database.SqlQueryRaw<string>("SELECT current_user AS \"Value\"").SingleAsync());
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "seed.applied"));
        var userEntries = await db.AuditLog.Where(a => a.EntityType == nameof(PortalUser)).Select(a => a.NewValues).ToListAsync();
        Assert.Contains(userEntries, values => values!.Contains("ana@example.org"));
        Assert.Null(await Services.GetRequiredService<ApplicationRoleGrants>().ApplyAsync());
    }

    [Fact]
    public async Task The_tables_owner_is_still_refused_by_the_triggers_while_they_are_on()
    {
        var owner = Services.GetRequiredService<PortalDatabase>().OwnerConnectionString;
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var add = new NpgsqlCommand("INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_key) VALUES (now(), 'ana', 'test', 'Test', '1')", connection);
            await add.ExecuteNonQueryAsync();
        }

        foreach (var sql in new[] { "UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            var refused = await RefusedAsync(owner, sql);
            Assert.Contains("audit_log is append-only", refused.MessageText);
        }
    }

    [Fact]
    public async Task Tables_a_later_migration_creates_are_granted_to_the_application_role_by_default()
    {
        var owner = Services.GetRequiredService<PortalDatabase>().OwnerConnectionString;
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE later_feature (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text)", connection);
            await create.ExecuteNonQueryAsync();
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var write = new NpgsqlCommand(
                "INSERT INTO later_feature (name) VALUES ('a'); UPDATE later_feature SET name = 'b'; DELETE FROM later_feature", connection);
            await write.ExecuteNonQueryAsync();
        }

        Assert.Equal(0L, await ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM later_feature"));
    }

    [Fact]
    public async Task With_one_connection_string_the_portal_still_works_and_says_the_audit_log_is_not_protected()
    {
        // An operator's set-up from before the roles: ConnectionStrings:Portal alone, a login that owns the tables.
        var database = await TestPostgres.CreateDatabaseAsync("onerole");
        await using var services = await PortalServices.CreateAsync(settings: new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = database.OwnerConnectionString });
        await services.GetRequiredService<StudySeeder>().SeedAsync(StudySeedData.Load(Study.SeedDataDirectory));

        var log = new RecordingLogger();

        var reason = await new ApplicationRoleGrants(services.GetRequiredService<PortalDatabase>(), log).ApplyAsync();

        Assert.NotNull(reason);
        Assert.Contains("owns the audit log", reason);
        Assert.Contains("ConnectionStrings:PortalOwner is not set", reason);
        var warning = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning).Message;
        Assert.Contains("The audit log is not protected from the portal's own connection", warning);
        Assert.Contains("docs/deployment.md", warning);
        Assert.True(await ScalarAsync<long>(database.OwnerConnectionString, "SELECT count(*) FROM audit_log WHERE action = 'seed.applied'") > 0);
    }

    [Fact]
    public async Task A_privilege_someone_granted_on_the_audit_log_is_taken_back_at_the_next_start()
    {
        var owner = Services.GetRequiredService<PortalDatabase>().OwnerConnectionString;
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            await using var grant = new NpgsqlCommand($"GRANT ALL ON audit_log TO {LocalPostgresCluster.ApplicationRole}", connection);
            await grant.ExecuteNonQueryAsync();
        }

        await Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        var refused = await RefusedAsync(ConnectionString, "DELETE FROM audit_log");
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    /// <summary>What the grants log, kept to read back.</summary>
    private sealed class RecordingLogger : ILogger<ApplicationRoleGrants>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
