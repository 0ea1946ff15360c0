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
/// </remarks>
public sealed class LocalPostgresCluster
{
    private const string Superuser = "postgres";
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

    private string Password { get; set; } = "";

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Password = Password,
        Database = database,
        // Statements the portal runs on every page are parsed and planned once per connection, not per request.
        MaxAutoPrepare = 64,
    }.ConnectionString;

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
        Password = settings.Password;
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitialiseAsync(cancellationToken);
        }
        if (await IsRunningAsync(cancellationToken))
        {
            Port = settings.Port;
            return;
        }
        Port = IsPortFree(settings.Port) ? settings.Port : FindFreePort();
        await SaveSettingsAsync(settings with { Port = Port }, cancellationToken);
        await RunServerCommandAsync(
            [_binaries.PgCtl, "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60",
             "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''", "start"],
            cancellationToken);
        StartedHere = true;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (await IsRunningAsync(cancellationToken))
        {
            await RunServerCommandAsync([_binaries.PgCtl, "-D", DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken);
        }
        StartedHere = false;
    }

    public async Task CreateDatabaseIfMissingAsync(string database, string? template = null, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }
        var templateClause = template is null ? "" : $" template {QuoteIdentifier(template)}";
        await using var create = new NpgsqlCommand($"create database {QuoteIdentifier(database)}{templateClause}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        // initdb reads the superuser password from a file; give it one only the server user can read.
        var passwordFile = Path.Combine(DataDirectory, "..", $".initdb-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
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
        if (File.Exists(SettingsFile))
        {
            await using var stream = File.OpenRead(SettingsFile);
            var saved = await JsonSerializer.DeserializeAsync<ClusterSettings>(stream, cancellationToken: cancellationToken);
            if (saved is not null)
            {
                return saved;
            }
        }
        var created = new ClusterSettings(FindFreePort(), Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));
        await SaveSettingsAsync(created, cancellationToken);
        return created;
    }

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

    private sealed record ClusterSettings(int Port, string Password);
}
