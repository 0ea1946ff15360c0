using System.Diagnostics;

namespace PartnerPortal.Infrastructure.Tests.Persistence;

/// <summary>This test assembly run again as a program (see Program.Main), with its exit code and output.</summary>
public sealed record ChildProcess(int ExitCode, string Output)
{
    public static async Task<ChildProcess> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(ChildProcess).Assembly.Location, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ChildProcess(process.ExitCode, await output + await error);
    }
}
