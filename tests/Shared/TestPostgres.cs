using System.Diagnostics;
using PartnerPortal.Infrastructure.LocalPostgres;

namespace PartnerPortal.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (a real server, never an in-memory stand-in), started on
/// first use in a temporary folder and stopped and removed when the test process ends. Each test class asks for its
/// own empty database so classes can run in parallel without seeing each other's rows.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<LocalPostgresCluster>> Shared = new(() => StartClusterAsync());

    public static Task<LocalPostgresCluster> ClusterAsync() => Shared.Value;

    /// <summary>Creates a new, empty database on the shared cluster, owned by the owner role as the portal's own are.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(string prefix = "test") => await CreateDatabaseAsync(await ClusterAsync(), prefix);

    /// <summary>The same on a cluster of the test's own.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(LocalPostgresCluster cluster, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await cluster.CreateDatabaseIfMissingAsync(name);
        return new TestDatabase(Pruned(cluster.ApplicationConnectionString(name)), Pruned(cluster.OwnerConnectionString(name)));
    }

    /// <summary>The superuser's connection to a test's database, for what neither of the portal's roles may do.</summary>
    public static async Task<string> SuperuserConnectionStringAsync(string connectionString)
    {
        var cluster = await ClusterAsync();
        return Pruned(cluster.SuperuserConnectionString(new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!));
    }

    // Each test class has its own database, and so its own connection pools; idle connections are closed within
    // seconds, or a full run (well over a hundred databases) exhausts the server's connections.
    private static string Pruned(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { ConnectionIdleLifetime = 2, ConnectionPruningInterval = 1 }.ConnectionString;

    /// <summary>A cluster of the test's own, for tests that stop and start the server.</summary>
    public static async Task<LocalPostgresCluster> StartClusterAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"partnerportal-test-{Guid.NewGuid():N}");
        var binaries = PostgresBinaries.FindOrThrow();
        var cluster = new LocalPostgresCluster(root, binaries);
        await cluster.EnsureStartedAsync();
        StopWhenThisProcessEnds(cluster, binaries, root);
        return cluster;
    }

    /// <summary>
    /// The test host may be ended before any exit handler of ours runs, so a detached watchdog (its own
    /// session, so it outlives the host's process tree) stops the server and removes its folder once this
    /// process is gone.
    /// </summary>
    private static void StopWhenThisProcessEnds(LocalPostgresCluster cluster, PostgresBinaries binaries, string root)
    {
        var stop = $"'{binaries.PgCtl}' -D '{cluster.DataDirectory}' -m immediate stop";
        if (Environment.IsPrivilegedProcess)
        {
            stop = $"runuser -u postgres -- {stop}";
        }
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop}; rm -rf '{root}'";
        var watchdog = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            watchdog.ArgumentList.Add(argument);
        }
        Process.Start(watchdog);
    }
}
