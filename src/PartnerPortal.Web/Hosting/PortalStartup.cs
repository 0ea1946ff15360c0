using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// Runs before the server takes requests (StartingAsync precedes every hosted service's start, the web
/// server's included): temporary files of killed imports removed, database started, migrated and seeded,
/// demo accounts refused where they must be.
/// A failure stops the host from starting at all, wherever it is hosted. What is shown once (demo
/// passwords) waits until the server listens (StartedAsync), so a failed start spends nothing.
/// </summary>
public sealed class PortalStartup(IServiceProvider services, IConfiguration configuration, IWebHostEnvironment environment, ILogger<PortalStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var orphan in ImportTemporaryFiles.DeleteOrphans())
        {
            logger.LogInformation("Removed {File}, left by an import whose process ended before it did", orphan);
        }
        await services.PreparePortalDatabaseAsync(cancellationToken);
        await DemoAccounts.CheckAsync(services, configuration, environment);
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (await DemoAccounts.CreateAsync(services, configuration))
        {
            await ExampleRound.CreateAsync(services);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
