using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PartnerPortal.Testing;

namespace PartnerPortal.Web.Tests;

/// <summary>The real portal in memory, over a real PostgreSQL database of its own, seeded with the study at start-up.</summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string _connectionString = "";

    protected virtual Task<string> CreateDatabaseAsync() => TestPostgres.CreateDatabaseAsync("web");

    public async Task InitializeAsync() => _connectionString = await CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Portal", _connectionString);
        builder.UseSetting("Portal:DataDirectory", Path.Combine(Path.GetTempPath(), "partnerportal-web-tests"));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
