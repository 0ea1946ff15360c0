using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace PartnerPortal.Infrastructure.LocalPostgres;

/// <summary>
/// Where the portal's data lives. With ConnectionStrings:Portal configured, that server and nothing else;
/// without it, the embedded default: a cluster under Portal:DataDirectory (".data") that is started here
/// (or reused when already running) and stopped again by whoever started it.
/// </summary>
public sealed class PortalDatabase(IConfiguration configuration, ILogger<PortalDatabase> logger)
{
    public const string DatabaseName = "partnerportal";
    private LocalPostgresCluster? _cluster;
    private string? _connectionString;

    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The portal database has not been started yet.");

    public bool IsEmbedded => _cluster is not null;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_connectionString is not null)
        {
            return;
        }
        var configured = configuration.GetConnectionString("Portal");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _connectionString = configured;
            return;
        }
        var dataDirectory = configuration["Portal:DataDirectory"] ?? ".data";
        var binaries = PostgresBinaries.FindOrThrow(configuration["Portal:PostgresBinDirectory"]);
        _cluster = new LocalPostgresCluster(dataDirectory, binaries);
        await _cluster.EnsureStartedAsync(cancellationToken);
        await _cluster.CreateDatabaseIfMissingAsync(DatabaseName, cancellationToken: cancellationToken);
        _connectionString = _cluster.ConnectionString(DatabaseName);
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
