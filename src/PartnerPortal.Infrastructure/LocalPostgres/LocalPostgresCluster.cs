using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;

namespace PartnerPortal.Infrastructure.LocalPostgres;

/// <summary>
/// A PostgreSQL cluster that the portal owns: created under a folder on first use, started on a free
/// loopback port, reused when it is already running, stopped by whoever started it. This is the run
/// command's embedded default and every test run's throwaway database.
/// </summary>
/// <remarks>
/// initdb and pg_ctl refuse to run as root, and our machines run as root, so as root every server
/// command runs as the 'postgres' system user, which then must own the cluster folder.
/// The superuser only sets the cluster up. Each database belongs to <see cref="OwnerRole"/>, which migrates it,
/// and the portal's requests run as <see cref="ApplicationRole"/>, which owns nothing: it cannot disable the
/// audit log's triggers, alter a table or switch triggers off for its session (session_replication_role), so
/// what the portal's connection can do to the audit log is add entries and read them.
/// </remarks>
public sealed class LocalPostgresCluster
{
    private const string Superuser = "postgres";

    /// <summary>Owns each database's schema and tables; migrations connect as it.</summary>
    public const string OwnerRole = "partnerportal_owner";

    /// <summary>The portal's own connection: reads and writes rows it is granted, owns nothing.</summary>
    public const string ApplicationRole = "partnerportal_app";

    /// <summary>Any constant the processes sharing a cluster agree on: they change roles and ownership one at a time.</summary>
    private const long SetupLock = 0x5061_7274_526F_6C65; // "PartRole"

    private readonly PostgresBinaries _binaries;
    private readonly string _root;

    public LocalPostgresCluster(string root, PostgresBinaries binaries)
    {
        _root = Path.GetFullPath(root);
        _binaries = binaries;
    }

    public string DataDirectory => Path.Combine(_root, "postgres");
    private string SettingsFile => Path.Combine(_root, "postgres.json");
    private string LogFile => Path.Combine(DataDirectory, "server.log");
    private static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    public int Port { get; private set; }

    /// <summary>True when this instance started the server (and so should stop it).</summary>
    public bool StartedHere { get; private set; }

    private ClusterSettings Settings { get; set; } = new(0, "");

    /// <summary>The superuser's: for setting the cluster up, and for tests that must act above the portal's roles.</summary>
    public string SuperuserConnectionString(string database) => ConnectionString(database, Superuser, Settings.Password);

    /// <summary>The owner's (<see cref="OwnerRole"/>): migrations.</summary>
    public string OwnerConnectionString(string database) => ConnectionString(database, OwnerRole, Settings.OwnerPassword!);

    /// <summary>The portal's (<see cref="ApplicationRole"/>): everything else.</summary>
    public string ApplicationConnectionString(string database) => ConnectionString(database, ApplicationRole, Settings.ApplicationPassword!);

    /// <summary>
    /// Unpooled: set-up runs once per start, and a pooled connection kept from before the server restarted (the
    /// tests stop and start it) would fail on its first use.
    /// </summary>
    private string SetupConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(SuperuserConnectionString(database)) { Pooling = false }.ConnectionString;

    private string ConnectionString(string database, string username, string password) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = username,
        Password = password,
        Database = database,
        // Statements the portal runs on every page are parsed and planned once per connection, not per request.
        MaxAutoPrepare = 64,
        // Two pools (the portal's and the owner's) and the change listener stay under the cluster's 100 connections:
        // with 200 circuits saving at once, Npgsql's default of 100 per pool overran it, PostgreSQL refused
        // connections ("remaining connection slots are reserved") and circuits died; a full pool makes a request
        // wait for a connection instead.
        MaxPoolSize = MaxPoolSize,
    }.ConnectionString;

    /// <summary>Each pool's ceiling: 2 × 40 plus the listener and set-up connections stay within PostgreSQL's default 100.</summary>
    public const int MaxPoolSize = 40;

    /// <summary>Creates the cluster if needed and makes sure it is running.</summary>
    public async Task EnsureStartedAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_root);
        if (RunsAsRoot && !OperatingSystem.IsWindows())
        {
            // The server user must pass through our folder to reach its data; it need not list it, and the
            // settings file with the password stays readable by us alone.
            File.SetUnixFileMode(_root, File.GetUnixFileMode(_root) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
        }
        var settings = await LoadOrCreateSettingsAsync(cancellationToken);
        Settings = settings;
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitialiseAsync(cancellationToken);
        }
        if (await IsRunningAsync(cancellationToken))
        {
            Port = settings.Port;
        }
        else
        {
            Port = IsPortFree(settings.Port) ? settings.Port : FindFreePort();
            await SaveSettingsAsync(settings with { Port = Port }, cancellationToken);
            await RunServerCommandAsync(
                [_binaries.PgCtl, "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60",
                 "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''", "start"],
                cancellationToken);
            StartedHere = true;
        }
        await EnsureRolesAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (await IsRunningAsync(cancellationToken))
        {
            await RunServerCommandAsync([_binaries.PgCtl, "-D", DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken);
        }
        StartedHere = false;
    }

    /// <summary>
    /// Creates the database, owned by <see cref="OwnerRole"/>, or hands an existing one to it: a database made by
    /// an earlier version belonged to the superuser, with everything in it.
    /// </summary>
    public async Task CreateDatabaseIfMissingAsync(string database, CancellationToken cancellationToken = default)
    {
        await using (var connection = new NpgsqlConnection(SetupConnectionString("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"create database {QuoteIdentifier(database)} owner {OwnerRole}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await HandToOwnerAsync(database, cancellationToken);
    }

    /// <summary>
    /// The roles, created when missing (a cluster from before they existed has neither), their passwords those in
    /// the settings file. Neither may do more than its part: no superuser, no creating roles or databases, no
    /// bypassing row security.
    /// </summary>
    private async Task EnsureRolesAsync(CancellationToken cancellationToken)
    {
        var sql = new System.Text.StringBuilder();
        foreach (var (role, password) in new[] { (OwnerRole, Settings.OwnerPassword!), (ApplicationRole, Settings.ApplicationPassword!) })
        {
            var attributes = $"LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD {QuoteLiteral(password)}";
            sql.AppendLine($"""
                DO $$ BEGIN
                    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN ALTER ROLE {role} {attributes};
                    ELSE CREATE ROLE {role} {attributes};
                    END IF;
                END $$;
                """);
        }
        await RunSetupAsync("postgres", sql.ToString(), cancellationToken);
    }

    /// <summary>
    /// Makes <see cref="OwnerRole"/> the owner of the database and of what the superuser owned in its public schema
    /// (tables with their sequences and indexes, views, functions, types), so that migrations, run as the owner, may
    /// alter them. Nothing changes, and nothing is locked, when that is so already.
    /// </summary>
    private Task HandToOwnerAsync(string database, CancellationToken cancellationToken) =>
        RunSetupAsync(database, $"""
            DO $$
            DECLARE
                item record;
            BEGIN
                IF (SELECT datdba FROM pg_database WHERE datname = current_database()) <> '{OwnerRole}'::regrole THEN
                    EXECUTE format('ALTER DATABASE %I OWNER TO {OwnerRole}', current_database());
                END IF;
                IF NOT has_schema_privilege('{OwnerRole}', 'public', 'CREATE') THEN
                    GRANT USAGE, CREATE ON SCHEMA public TO {OwnerRole};
                END IF;
                -- Before PostgreSQL 15 everyone could create objects in public, the portal's connection included.
                IF has_schema_privilege('{ApplicationRole}', 'public', 'CREATE') THEN
                    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                END IF;
                -- A sequence that belongs to a column follows its table, and is refused on its own: tables first.
                FOR item IN
                    SELECT c.oid::regclass AS name FROM pg_class c
                    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                      AND c.relowner <> '{OwnerRole}'::regrole
                LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO {OwnerRole}', item.name);
                END LOOP;
                FOR item IN
                    SELECT c.oid::regclass AS name FROM pg_class c
                    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S' AND c.relowner <> '{OwnerRole}'::regrole
                LOOP
                    EXECUTE format('ALTER SEQUENCE %s OWNER TO {OwnerRole}', item.name);
                END LOOP;
                FOR item IN
                    SELECT p.oid::regprocedure AS name FROM pg_proc p
                    WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '{OwnerRole}'::regrole
                LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO {OwnerRole}', item.name);
                END LOOP;
                FOR item IN
                    SELECT t.oid::regtype AS name FROM pg_type t
                    WHERE t.typnamespace = 'public'::regnamespace AND t.typowner <> '{OwnerRole}'::regrole
                      AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
                LOOP
                    EXECUTE format('ALTER TYPE %s OWNER TO {OwnerRole}', item.name);
                END LOOP;
            END $$;
            """, cancellationToken);

    /// <summary>Runs set-up SQL as the superuser, one process of those sharing the cluster at a time (catalog rows updated at once by two fail).</summary>
    private async Task RunSetupAsync(string database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(SetupConnectionString(database));
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SetupLock})", connection, transaction) { CommandTimeout = 0 })
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var setup = new NpgsqlCommand(sql, connection, transaction))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static string QuoteLiteral(string text) => "'" + text.Replace("'", "''") + "'";

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        // initdb reads the superuser password from a file; give it one only the server user can read.
        var passwordFile = Path.Combine(DataDirectory, "..", $".initdb-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, Settings.Password, cancellationToken);
        try
        {
            if (RunsAsRoot)
            {
                await RunAsync("chown", ["-R", "postgres:postgres", DataDirectory, passwordFile], asServerUser: false, cancellationToken);
            }
            await RunServerCommandAsync(
                [_binaries.InitDb, "-D", DataDirectory, "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
                 "--encoding=UTF8", "--locale=C.UTF-8"],
                cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task<bool> IsRunningAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return false;
        }
        // pg_ctl status exits 0 when running, 3 when not: anything else is a real failure.
        var exitCode = await RunAsync(_binaries.PgCtl, ["-D", DataDirectory, "status"], RunsAsRoot, cancellationToken, throwOnError: false);
        return exitCode == 0;
    }

    private Task RunServerCommandAsync(string[] command, CancellationToken cancellationToken) =>
        RunAsync(command[0], command[1..], RunsAsRoot, cancellationToken);

    private async Task<int> RunAsync(string program, string[] arguments, bool asServerUser, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var info = new ProcessStartInfo
        {
            FileName = asServerUser ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                info.ArgumentList.Add(argument);
            }
        }
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new LocalPostgresException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (throwOnError && process.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? await ReadTailAsync(LogFile) : "";
            var hint = asServerUser ? $" (commands run as the 'postgres' user, which must be able to reach {_root})" : "";
            throw new LocalPostgresException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}{hint}: {(await error).Trim()} {(await output).Trim()} {log}".Trim());
        }
        return process.ExitCode;
    }

    private static async Task<string> ReadTailAsync(string file)
    {
        try
        {
            var lines = await File.ReadAllLinesAsync(file);
            return string.Join(Environment.NewLine, lines.TakeLast(10));
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private async Task<ClusterSettings> LoadOrCreateSettingsAsync(CancellationToken cancellationToken)
    {
        ClusterSettings? saved = null;
        if (File.Exists(SettingsFile))
        {
            await using var stream = File.OpenRead(SettingsFile);
            saved = await JsonSerializer.DeserializeAsync<ClusterSettings>(stream, cancellationToken: cancellationToken);
        }
        // A settings file from before the roles has the superuser's password only: theirs are added.
        var settings = saved ?? new ClusterSettings(FindFreePort(), NewPassword());
        settings = settings with { OwnerPassword = settings.OwnerPassword ?? NewPassword(), ApplicationPassword = settings.ApplicationPassword ?? NewPassword() };
        if (settings != saved)
        {
            await SaveSettingsAsync(settings, cancellationToken);
        }
        return settings;
    }

    private static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    private async Task SaveSettingsAsync(ClusterSettings settings, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(SettingsFile, JsonSerializer.Serialize(settings), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(SettingsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <param name="Password">The superuser's.</param>
    private sealed record ClusterSettings(int Port, string Password, string? OwnerPassword = null, string? ApplicationPassword = null);
}
