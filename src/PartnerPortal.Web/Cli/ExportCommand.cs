using System.Text;
using PartnerPortal.Infrastructure.Exports;

namespace PartnerPortal.Web.Cli;

/// <summary>export longlist|shortlist --round SLUG [--format csv|json] [--out FILE]</summary>
public static class ExportCommand
{
    public static void Validate(CliArguments command)
    {
        command.ExpectPositional(1);
        command.AllowOnly("round", "format", "out");
        ParseTable(command.Positional[0]);
        ParseFormat(command.Option("format"));
        command.RequiredOption("round");
    }

    public static async Task<int> RunAsync(CliContext context)
    {
        var command = context.Command;
        var exporter = context.Services.GetRequiredService<RoundExporter>();
        var table = ParseTable(command.Positional[0]);
        var format = ParseFormat(command.Option("format"));
        var round = command.RequiredOption("round");
        await CliOutput.WriteAsync(command.Option("out"), context.Output, writer => exporter.ExportAsync(round, table, format, writer));
        return 0;
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
