using PartnerPortal.Web.Cli;

namespace PartnerPortal.Web.Tests.Cli;

/// <summary>One run of the portal's CLI in-process against a given database, with its exit code and both output streams.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(string connectionString, string? input, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter();
        var exitCode = await PortalCli.RunAsync(args, output, error, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = connectionString,
            ["Portal:DataDirectory"] = Path.Combine(Path.GetTempPath(), "partnerportal-cli-tests"),
        }, new StringReader(input ?? ""));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
