using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;

namespace PartnerPortal.Web.Cli;

/// <summary>
/// export longlist|shortlist --round SLUG [--format csv|json|xlsx] [--out FILE];
/// export ranking --round SLUG [--format csv|xlsx] [--out FILE]; export report --round SLUG --out FILE.docx
/// </summary>
public static class ExportCommand
{
    public static void Validate(CliArguments command)
    {
        command.ExpectPositional(1);
        command.AllowOnly("round", "format", "out");
        var what = ParseWhat(command.Positional[0]);
        var format = command.Option("format");
        if (what == "report")
        {
            if (format is not (null or "docx"))
            {
                throw new CliUsageException($"export report writes a Word document (docx), not '{format}'");
            }
            if (command.Option("out") is null)
            {
                throw new CliUsageException("export report writes a binary Word document: give --out FILE.docx");
            }
        }
        else if (ParseFormat(what, format) == ExportFormat.Xlsx && command.Option("out") is null)
        {
            throw new CliUsageException("--format xlsx writes a binary workbook: give --out FILE.xlsx");
        }
        command.RequiredOption("round");
    }

    public static async Task<int> RunAsync(CliContext context)
    {
        var command = context.Command;
        var what = ParseWhat(command.Positional[0]);
        var round = command.RequiredOption("round");
        Func<Stream, Task> export = what switch
        {
            "report" => output => context.Services.GetRequiredService<RoundReportWriter>().WriteAsync(round, output, RoundViewer.Unrestricted),
            "ranking" => output => context.Services.GetRequiredService<RankingExporter>().ExportAsync(round, ParseFormat(what, command.Option("format")), output, RoundViewer.Unrestricted),
            _ => output => context.Services.GetRequiredService<RoundExporter>().ExportAsync(
                round, what == "longlist" ? RoundTable.Longlist : RoundTable.Shortlist, ParseFormat(what, command.Option("format")), output, RoundViewer.Unrestricted),
        };
        var path = command.Option("out");
        if (path is null)
        {
            var buffer = new MemoryStream();
            await export(buffer);
            await context.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return 0;
        }
        // Written beside the target and moved into place, so a failed export never leaves half a file.
        var temporary = path + ".partial";
        try
        {
            await using (var file = File.Create(temporary))
            {
                await export(file);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return 0;
    }

    private static string ParseWhat(string text) => text is "longlist" or "shortlist" or "ranking" or "report"
        ? text
        : throw new CliUsageException($"export takes 'longlist', 'shortlist', 'ranking' or 'report', not '{text}'");

    private static ExportFormat ParseFormat(string what, string? text) => (what, text) switch
    {
        (_, null or "csv") => ExportFormat.Csv,
        ("ranking", "xlsx") => ExportFormat.Xlsx,
        ("ranking", _) => throw new CliUsageException($"--format for the ranking takes 'csv' or 'xlsx', not '{text}'"),
        (_, "json") => ExportFormat.Json,
        (_, "xlsx") => ExportFormat.Xlsx,
        _ => throw new CliUsageException($"--format takes 'csv', 'json' or 'xlsx', not '{text}'"),
    };
}
