using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// Runs before the server takes requests (StartingAsync precedes every hosted service's start, the web
/// server's included): database started, migrated and seeded, demo accounts made or refused. A failure
/// stops the host from starting at all, wherever it is hosted.
/// </summary>
public sealed class PortalStartup(IServiceProvider services, IConfiguration configuration, IWebHostEnvironment environment) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await services.PreparePortalDatabaseAsync(cancellationToken);
        await DemoAccounts.ApplyAsync(services, configuration, environment);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
