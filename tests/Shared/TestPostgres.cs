using PartnerPortal.Infrastructure.LocalPostgres;

namespace PartnerPortal.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (a real server, never an in-memory stand-in), started on
/// first use in a temporary folder and removed when the test process exits. Each test class asks for its
/// own empty database so classes can run in parallel without seeing each other's rows.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<LocalPostgresCluster>> Shared = new(() => StartClusterAsync());

    public static Task<LocalPostgresCluster> ClusterAsync() => Shared.Value;

    /// <summary>Creates a new, empty database on the shared cluster and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var cluster = await ClusterAsync();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await cluster.CreateDatabaseIfMissingAsync(name);
        return cluster.ConnectionString(name);
    }

    /// <summary>A cluster of the test's own, for tests that stop and start the server.</summary>
    public static async Task<LocalPostgresCluster> StartClusterAsync()
    {
        RemoveStaleClusters();
        var root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Guid.NewGuid():N}");
        var cluster = new LocalPostgresCluster(root, PostgresBinaries.FindOrThrow());
        await cluster.EnsureStartedAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            cluster.StopAsync().GetAwaiter().GetResult();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The test host may exit before this finishes; the next run sweeps the folder up.
            }
        };
        return cluster;
    }

    private const string FolderPrefix = "partnerportal-test-";

    /// <summary>
    /// Earlier runs' folders: no server running (no postmaster.pid) and untouched for a while, since test
    /// assemblies run side by side and a folder seconds old may be another one's cluster mid-initdb.
    /// </summary>
    private static void RemoveStaleClusters()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var running = File.Exists(Path.Combine(folder, "postgres", "postmaster.pid"));
            var recent = DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) < TimeSpan.FromMinutes(10);
            if (running || recent)
            {
                continue;
            }
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another test run may be using it; leave it.
            }
        }
    }
}
