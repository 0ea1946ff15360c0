using Microsoft.AspNetCore.Connections;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Web.Cli;
using PartnerPortal.Web.Hosting;

if (PortalCli.IsCommand(args))
{
    return await PortalCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging(toStandardError: false);
builder.AddPortalWeb();
builder.Services.AddTransient<IStartupFilter, InstanceHeader>();

var app = builder.Build();
var database = app.Services.GetRequiredService<PortalDatabase>();
try
{
    app.UsePortalWeb();
    await app.RunAsync();
    return 0;
}
// Start-up refusals are one plain line on standard error: the host (and its logger) may already be disposed.
catch (Exception e) when (e is PostgresNotInstalledException or DemoAccountsRefusedException)
{
    await Console.Error.WriteLineAsync($"fatal: {e.Message}");
    return 1;
}
catch (IOException e) when (e.InnerException is AddressInUseException)
{
    await Console.Error.WriteLineAsync(
        $"fatal: {e.Message} Stop the other program or choose another address: ./run.sh --urls http://localhost:5081 (or ASPNETCORE_URLS=http://localhost:5081).");
    return 1;
}
finally
{
    // Stops the embedded cluster only if this process started it.
    await database.StopAsync();
}

/// <summary>Visible to the web tests' WebApplicationFactory.</summary>
public partial class Program;
