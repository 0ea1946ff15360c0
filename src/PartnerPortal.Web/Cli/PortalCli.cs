using System.Text;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.LocalPostgres;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Cli;

/// <summary>
/// Administrative verbs on the portal's own executable. They use the same configuration and database
/// as the portal (embedded cluster included) and bring the schema up to date before they act.
/// </summary>
public static class PortalCli
{
    public const string Usage = """
        Usage: PartnerPortal.Web <command> [options]

        Commands:
          migrate                                   Apply database migrations.
          seed                                      Migrate, then load the study in seed-data/ (running it again changes nothing).
          export longlist|shortlist --round SLUG [--format csv|json] [--out FILE]
                                                    Write a round's longlist (country,theme,technology) or
                                                    shortlist (theme,technology,country), one row per pair, UTF-8.
          help                                      Show this text.

        Configuration is the portal's: ConnectionStrings__Portal=... selects a server; without it the embedded
        PostgreSQL cluster under .data/ is used (started for the command and stopped after, unless it was running).
        """;

    /// <summary>A first argument that is not an --option names a command; anything else starts the web portal.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        CliArguments command;
        try
        {
            command = CliArguments.Parse(args);
            if (command.Verb is "help" or "--help")
            {
                await output.WriteLineAsync(Usage);
                return 0;
            }
            Validate(command);
        }
        catch (CliUsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.AddPortalLogging(toStandardError: true);
        builder.Services.AddInfrastructure();
        using var host = builder.Build();
        var database = host.Services.GetRequiredService<PortalDatabase>();
        try
        {
            await database.StartAsync();
            await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            return await ExecuteAsync(command, host.Services, output, error);
        }
        catch (Exception e) when (e is PostgresNotInstalledException or LocalPostgresException or SeedDataException or RoundNotFoundException or Npgsql.NpgsqlException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        finally
        {
            await database.StopAsync();
        }
    }

    private static void Validate(CliArguments command)
    {
        switch (command.Verb)
        {
            case "migrate" or "seed":
                command.ExpectPositional(0);
                command.AllowOnly();
                break;
            case "export":
                command.ExpectPositional(1);
                command.AllowOnly("round", "format", "out");
                ParseTable(command.Positional[0]);
                ParseFormat(command.Option("format"));
                command.RequiredOption("round");
                break;
            default:
                throw new CliUsageException($"unknown command '{command.Verb}'");
        }
    }

    private static async Task<int> ExecuteAsync(CliArguments command, IServiceProvider services, TextWriter output, TextWriter error)
    {
        switch (command.Verb)
        {
            case "migrate":
                return 0;
            case "seed":
                var seed = StudySeedData.Load(SeedDataDirectory.Resolve(services.GetRequiredService<IConfiguration>()));
                var report = await services.GetRequiredService<StudySeeder>().SeedAsync(seed);
                await error.WriteLineAsync($"seeded: {report}");
                return 0;
            default:
                await ExportAsync(command, services, output);
                return 0;
        }
    }

    private static async Task ExportAsync(CliArguments command, IServiceProvider services, TextWriter output)
    {
        var exporter = services.GetRequiredService<RoundExporter>();
        var table = ParseTable(command.Positional[0]);
        var format = ParseFormat(command.Option("format"));
        var round = command.RequiredOption("round");
        if (command.Option("out") is { } path)
        {
            await using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await exporter.ExportAsync(round, table, format, file);
        }
        else
        {
            await exporter.ExportAsync(round, table, format, output);
        }
    }

    private static RoundTable ParseTable(string text) => text switch
    {
        "longlist" => RoundTable.Longlist,
        "shortlist" => RoundTable.Shortlist,
        _ => throw new CliUsageException($"export takes 'longlist' or 'shortlist', not '{text}'"),
    };

    private static ExportFormat ParseFormat(string? text) => text switch
    {
        null or "csv" => ExportFormat.Csv,
        "json" => ExportFormat.Json,
        _ => throw new CliUsageException($"--format takes 'csv' or 'json', not '{text}'"),
    };
}
