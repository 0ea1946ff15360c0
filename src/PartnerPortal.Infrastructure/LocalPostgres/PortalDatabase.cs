using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace PartnerPortal.Infrastructure.LocalPostgres;

/// <summary>
/// Where the portal's data lives, and as whom it connects. With ConnectionStrings:Portal configured, that server
/// and nothing else; without it, the embedded default: a cluster under Portal:DataDirectory (".data") that is
/// started here (or reused when already running) and stopped again by whoever started it.
/// Two connections: the owner's (ConnectionStrings:PortalOwner), which migrates and runs what only a table's
/// owner may, and the application's (ConnectionStrings:Portal), a role that owns nothing, for everything else.
/// An operator who configures only the one keeps a working portal whose audit log the portal's own connection
/// could rewrite (<see cref="Persistence.ApplicationRoleGrants"/> says so at start).
/// </summary>
public sealed class PortalDatabase(IConfiguration configuration, ILogger<PortalDatabase> logger)
{
    public const string DatabaseName = "partnerportal";
    private LocalPostgresCluster? _cluster;
    private string? _connectionString;
    private string? _ownerConnectionString;

    /// <summary>The application's connection: every request, every service.</summary>
    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The portal database has not been started yet.");

    /// <summary>The owner's connection: migrations, and the indicator import's bulk merge (it drops and re-adds foreign keys).</summary>
    public string OwnerConnectionString =>
        _ownerConnectionString ?? throw new InvalidOperationException("The portal database has not been started yet.");

    public bool IsEmbedded => _cluster is not null;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_connectionString is not null)
        {
            return;
        }
        var configured = configuration.GetConnectionString("Portal");
        var owner = configuration.GetConnectionString("PortalOwner");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _ownerConnectionString = string.IsNullOrWhiteSpace(owner) ? configured : owner;
            _connectionString = configured;
            return;
        }
        if (!string.IsNullOrWhiteSpace(owner))
        {
            throw new LocalPostgresException(
                "ConnectionStrings:PortalOwner is set but ConnectionStrings:Portal is not: set both (see docs/deployment.md, \"Database roles\"), or neither for the embedded database.");
        }
        var dataDirectory = configuration["Portal:DataDirectory"] ?? ".data";
        var binaries = PostgresBinaries.FindOrThrow(configuration["Portal:PostgresBinDirectory"]);
        _cluster = new LocalPostgresCluster(dataDirectory, binaries);
        await _cluster.EnsureStartedAsync(cancellationToken);
        await _cluster.CreateDatabaseIfMissingAsync(DatabaseName, cancellationToken);
        _ownerConnectionString = _cluster.OwnerConnectionString(DatabaseName);
        _connectionString = _cluster.ApplicationConnectionString(DatabaseName);
        logger.LogInformation("Embedded PostgreSQL {Action} at 127.0.0.1:{Port}, data in {DataDirectory}",
            _cluster.StartedHere ? "started" : "reused", _cluster.Port, _cluster.DataDirectory);
    }

    /// <summary>Stops the embedded cluster if this process started it; a reused or external server is left running.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_cluster is { StartedHere: true })
        {
            await _cluster.StopAsync(cancellationToken);
            logger.LogInformation("Embedded PostgreSQL stopped");
        }
    }
}
