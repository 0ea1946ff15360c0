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
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: toStandardError ? LogEventLevel.Verbose : null)
            .WriteTo.File(
                Path.Combine(logDirectory, "portal-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}")
            .CreateLogger();
        builder.Logging.ClearProviders().AddSerilog(logger, dispose: true);
    }
}
