namespace PartnerPortal.Infrastructure.LocalPostgres;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) that a local cluster needs.</summary>
public sealed record PostgresBinaries(string Directory)
{
    public const string DebianPackage = "postgresql";

    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>
    /// Debian installs the server outside PATH (/usr/lib/postgresql/VERSION/bin), so look there first,
    /// newest version first, then on PATH.
    /// </summary>
    public static PostgresBinaries? Find(string? configuredDirectory = null, IEnumerable<string>? searchPath = null) =>
        (searchPath ?? DefaultSearchPath(configuredDirectory))
            .Where(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            .Select(dir => new PostgresBinaries(dir))
            .FirstOrDefault();

    public static PostgresBinaries FindOrThrow(string? configuredDirectory = null, IEnumerable<string>? searchPath = null) =>
        Find(configuredDirectory, searchPath) ?? throw new PostgresNotInstalledException(
            $"PostgreSQL server binaries (initdb, pg_ctl) were not found: install the Debian package '{DebianPackage}' " +
            $"(apt-get install -y {DebianPackage}) or set ConnectionStrings:Portal to an existing server.");

    private static List<string> DefaultSearchPath(string? configuredDirectory)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            candidates.Add(configuredDirectory);
        }
        if (System.IO.Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var version) ? version : 0)
                .Select(dir => Path.Combine(dir, "bin")));
        }
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates;
    }
}
