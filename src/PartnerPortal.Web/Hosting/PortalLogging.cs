using Microsoft.AspNetCore.Connections;
using Serilog;
using Serilog.Events;

namespace PartnerPortal.Web.Hosting;

public static class PortalLogging
{
    /// <summary>
    /// Serilog to the console and a daily rolling file under the data directory. Levels come from the
    /// "Serilog" configuration section. CLI verbs log to standard error so their standard output stays data.
    /// </summary>
    public static void AddPortalLogging(this IHostApplicationBuilder builder, bool toStandardError)
    {
        var logDirectory = Path.Combine(builder.Configuration["Portal:DataDirectory"] ?? ".data", "logs");
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "PartnerPortal")
            // A busy port is told in one line by Program, naming the setting to change; the host's own
            // "failed to start" event would print the same with thirty lines of stack first.
            .Filter.ByExcluding(e => e.Exception is IOException { InnerException: AddressInUseException })
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: toStandardError ? LogEventLevel.Verbose : null)
            .WriteTo.File(
                Path.Combine(logDirectory, "portal-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}")
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(logger, dispose: true);
        // The request log's logger; the static Log.Logger stays unset, since tests host many portals in one process.
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
    }

    /// <summary>
    /// One line per request with its real status: a request that ended in an exception is logged as the 500
    /// it became, not as the 200 the response still held when the exception passed.
    /// </summary>
    public static void UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                // A circuit's socket is one long request, logged once when it closes: noise at Information.
                : context.Request.Path.StartsWithSegments("/_blazor") ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
}
