using Microsoft.AspNetCore.Connections;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Web.Cli;
using PartnerPortal.Web.Hosting;

if (PortalCli.IsCommand(args))
{
    return await PortalCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging(toStandardError: false);
builder.AddPortalWeb();

var app = builder.Build();
var database = app.Services.GetRequiredService<PortalDatabase>();
try
{
    await app.Services.PreparePortalDatabaseAsync();
    await app.ApplyDemoAccountsAsync();
    app.UsePortalWeb();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is PostgresNotInstalledException or DemoAccountsRefusedException)
{
    app.Logger.LogCritical("{Problem}", e.Message);
    return 1;
}
catch (IOException e) when (e.InnerException is AddressInUseException)
{
    app.Logger.LogCritical("{Problem} Stop the other program or choose another address with ASPNETCORE_URLS.", e.Message);
    return 1;
}
finally
{
    // Stops the embedded cluster only if this process started it.
    await database.StopAsync();
}

/// <summary>Visible to the web tests' WebApplicationFactory.</summary>
public partial class Program;
