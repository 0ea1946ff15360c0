using System.Text;

namespace PartnerPortal.Web.Cli;

public static class CliOutput
{
    /// <summary>Writes to the --out file (UTF-8 without BOM) when one is given, else to standard output.</summary>
    public static async Task WriteAsync(string? path, TextWriter standardOutput, Func<TextWriter, Task> write)
    {
        if (path is null)
        {
            await write(standardOutput);
            return;
        }
        await using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await write(file);
    }
}
