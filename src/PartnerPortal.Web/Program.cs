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
try
{
    await app.Services.PreparePortalDatabaseAsync();
}
catch (PostgresNotInstalledException e)
{
    app.Logger.LogCritical("{Problem}", e.Message);
    return 1;
}
app.UsePortalWeb();
var database = app.Services.GetRequiredService<PortalDatabase>();
await app.RunAsync();
await database.StopAsync();
return 0;

/// <summary>Visible to the web tests' WebApplicationFactory.</summary>
public partial class Program;
