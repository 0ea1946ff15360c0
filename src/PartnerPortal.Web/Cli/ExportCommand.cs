using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;

namespace PartnerPortal.Web.Cli;

/// <summary>export longlist|shortlist --round SLUG [--format csv|json|xlsx] [--out FILE]</summary>
public static class ExportCommand
{
    public static void Validate(CliArguments command)
    {
        command.ExpectPositional(1);
        command.AllowOnly("round", "format", "out");
        ParseTable(command.Positional[0]);
        if (ParseFormat(command.Option("format")) == ExportFormat.Xlsx && command.Option("out") is null)
        {
            throw new CliUsageException("--format xlsx writes a binary workbook: give --out FILE.xlsx");
        }
        command.RequiredOption("round");
    }

    public static async Task<int> RunAsync(CliContext context)
    {
        var command = context.Command;
        var exporter = context.Services.GetRequiredService<RoundExporter>();
        var table = ParseTable(command.Positional[0]);
        var format = ParseFormat(command.Option("format"));
        var round = command.RequiredOption("round");
        var path = command.Option("out");
        if (path is null)
        {
            var buffer = new MemoryStream();
            await exporter.ExportAsync(round, table, format, buffer, RoundViewer.Unrestricted);
            await context.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return 0;
        }
        // Written beside the target and moved into place, so a failed export never leaves half a file.
        var temporary = path + ".partial";
        try
        {
            await using (var file = File.Create(temporary))
            {
                await exporter.ExportAsync(round, table, format, file, RoundViewer.Unrestricted);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
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
        "xlsx" => ExportFormat.Xlsx,
        _ => throw new CliUsageException($"--format takes 'csv', 'json' or 'xlsx', not '{text}'"),
    };
}
