using System.Globalization;
using PartnerPortal.Infrastructure.Auditing;

namespace PartnerPortal.Web.Cli;

/// <summary>audit export [--since yyyy-mm-dd] [--until yyyy-mm-dd] [--actor TEXT] [--out FILE]</summary>
public static class AuditCommand
{
    public static void Validate(CliArguments command)
    {
        command.ExpectPositional(1);
        if (command.Positional[0] != "export")
        {
            throw new CliUsageException($"audit takes 'export', not '{command.Positional[0]}'");
        }
        command.AllowOnly("since", "until", "actor", "out");
        ParseDate(command, "since");
        ParseDate(command, "until");
    }

    public static async Task<int> RunAsync(CliContext context)
    {
        var command = context.Command;
        var query = new AuditQuery(command.Option("actor"), From: ParseDate(command, "since"), To: ParseDate(command, "until"));
        var reader = context.Services.GetRequiredService<AuditLogReader>();
        await CliOutput.WriteAsync(command.Option("out"), context.Output, writer => reader.ExportCsvAsync(query, writer));
        return 0;
    }

    private static DateOnly? ParseDate(CliArguments command, string option) =>
        command.Option(option) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CliUsageException($"--{option} takes a date as yyyy-mm-dd, not '{text}'");
}
