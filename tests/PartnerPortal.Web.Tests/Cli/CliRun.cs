using PartnerPortal.Testing;
using PartnerPortal.Web.Cli;

namespace PartnerPortal.Web.Tests.Cli;

/// <summary>One run of the portal's CLI in-process against a given database, with its exit code and both output streams.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> RunAsync(TestDatabase database, string? input, params string[] args) =>
        RunWithSettingsAsync(database, input, new Dictionary<string, string?>(), args);

    /// <summary>The same with configuration of the test's own, as an operator would set it (appsettings.json, Portal__… variables).</summary>
    public static async Task<CliRun> RunWithSettingsAsync(TestDatabase database, string? input, IDictionary<string, string?> settings, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter();
        var exitCode = await PortalCli.RunAsync(args, output, error, new Dictionary<string, string?>(settings)
        {
            ["ConnectionStrings:Portal"] = database.ConnectionString,
            ["ConnectionStrings:PortalOwner"] = database.OwnerConnectionString,
            ["Portal:DataDirectory"] = Path.Combine(Path.GetTempPath(), "partnerportal-cli-tests"),
        }, new StringReader(input ?? ""));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
