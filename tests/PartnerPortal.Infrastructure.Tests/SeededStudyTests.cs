using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Tests;

/// <summary>Tests that each need their own database holding the seeded study.</summary>
public abstract class SeededStudyTests : IAsyncLifetime
{
    protected ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync() => Services = await PortalServices.CreateSeededAsync();

    public async Task DisposeAsync() => await Services.DisposeAsync();

    protected Task<PortalDbContext> ContextAsync() => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
