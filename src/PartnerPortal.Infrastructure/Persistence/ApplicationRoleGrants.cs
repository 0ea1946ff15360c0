using Microsoft.Extensions.Logging;
using Npgsql;
using PartnerPortal.Infrastructure.LocalPostgres;

namespace PartnerPortal.Infrastructure.Persistence;

/// <summary>
/// What the application's role (the role of ConnectionStrings:Portal) may do, granted by the owner after every
/// migration: read and write the rows of every table, but of <c>audit_log</c> only read and add; never alter,
/// truncate or own anything. Tables that later migrations create are granted the same by default. Applied at
/// every start, so a database that predates the roles, or one whose grants someone changed, is brought back.
/// </summary>
/// <remarks>
/// The audit log's triggers refuse UPDATE, DELETE and TRUNCATE, but a table's owner or a superuser can switch
/// them off (ALTER TABLE … DISABLE TRIGGER, SET session_replication_role = replica) and then rewrite history.
/// The application's role holds no privilege that could: the owner keeps them, and the portal uses the owner's
/// connection only for migrations and the indicator import's bulk merge.
/// </remarks>
public sealed class ApplicationRoleGrants(PortalDatabase database, ILogger<ApplicationRoleGrants> logger)
{
    /// <summary>Any constant the instances agree on: GRANTs on one table at once from two sessions fail.</summary>
    private const long GrantLock = 0x5061_7274_4772_6E74; // "PartGrnt"

    /// <summary>Grants what the application's role needs, and checks what it can do to the audit log.</summary>
    /// <returns>Null when the application's connection cannot change or remove audit entries; otherwise why it can (also logged as a warning).</returns>
    public async Task<string?> ApplyAsync(CancellationToken cancellationToken = default)
    {
        var application = await CurrentUserAsync(database.ConnectionString, cancellationToken);
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync(cancellationToken);
        var ownerRole = await CurrentUserAsync(owner, cancellationToken);
        if (application != ownerRole)
        {
            await GrantAsync(owner, application, cancellationToken);
        }
        var unprotected = await WhyUnprotectedAsync(owner, application, cancellationToken);
        if (unprotected is not null)
        {
            logger.LogWarning(
                "The audit log is not protected from the portal's own connection: {Reason} That connection could switch the append-only triggers off and rewrite the log. " +
                "Run the portal as a role that owns nothing (ConnectionStrings:Portal) and migrate as the owner (ConnectionStrings:PortalOwner); see docs/deployment.md, \"Database roles\".",
                unprotected);
        }
        return unprotected;
    }

    private static async Task GrantAsync(NpgsqlConnection owner, string application, CancellationToken cancellationToken)
    {
        var role = QuoteIdentifier(application);
        await using var transaction = await owner.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({GrantLock})", owner, transaction) { CommandTimeout = 0 })
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }
        // GRANT … ON ALL TABLES covers the tables there are; the default privileges, those the owner creates later.
        // The audit log and the migrations' history are then narrowed back: read, and (the log) add.
        await using (var grant = new NpgsqlCommand($"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role};
            REVOKE ALL ON TABLE audit_log FROM {role};
            GRANT SELECT, INSERT ON TABLE audit_log TO {role};
            REVOKE ALL ON TABLE "__EFMigrationsHistory" FROM {role};
            GRANT SELECT ON TABLE "__EFMigrationsHistory" TO {role};
            """, owner, transaction))
        {
            await grant.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the role can get past the audit log's triggers: as a superuser, as (a member of) the log's owner, with
    /// a privilege to change or empty the log, or allowed to set session_replication_role.
    /// </summary>
    private static async Task<string?> WhyUnprotectedAsync(NpgsqlConnection owner, string application, CancellationToken cancellationToken)
    {
        // has_parameter_privilege is PostgreSQL 15's; before it only superusers could set the parameter.
        var parameter = owner.PostgreSqlVersion.Major >= 15 ? "has_parameter_privilege(@role, 'session_replication_role', 'SET')" : "false";
        await using var command = new NpgsqlCommand($"""
            SELECT r.rolsuper,
                   pg_has_role(@role, c.relowner, 'MEMBER'),
                   array_to_string(ARRAY(SELECT p FROM unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER']) p
                                         WHERE has_table_privilege(@role, c.oid, p)), ', '),
                   {parameter}
            FROM pg_roles r, pg_class c
            WHERE r.rolname = @role AND c.oid = 'audit_log'::regclass
            """, owner);
        command.Parameters.AddWithValue("role", application);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return $"the role '{application}' was not found.";
        }
        return (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetString(2), reader.GetBoolean(3)) switch
        {
            (true, _, _, _) => $"it connects as '{application}', a superuser.",
            (_, true, _, _) => $"it connects as '{application}', which owns the audit log (or is a member of its owner); ConnectionStrings:PortalOwner is not set, or names the same role.",
            (_, _, { Length: > 0 } privileges, _) => $"its role '{application}' holds {privileges} on audit_log.",
            (_, _, _, true) => $"its role '{application}' may set session_replication_role.",
            _ => null,
        };
    }

    private static async Task<string> CurrentUserAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await CurrentUserAsync(connection, cancellationToken);
    }

    private static async Task<string> CurrentUserAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT current_user", connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
