using PartnerPortal.Testing;
using PartnerPortal.Web.Cli;

namespace PartnerPortal.Web.Tests.Cli;

public class UsersCommandTests
{
    private static Task<CliRun> RunAsync(TestDatabase database, string? input, params string[] args) => CliRun.RunAsync(database, input, args);

    [Fact]
    public async Task Users_can_be_added_listed_given_roles_disabled_and_sent_a_reset_link_and_every_change_is_in_the_audit_export()
    {
        var db = await TestPostgres.CreateDatabaseAsync("users");

        var add = await RunAsync(db, "a long enough passphrase\n", "users", "add", "--email", "ana@example.org", "--role", "Analyst", "--password-stdin");
        var generated = await RunAsync(db, null, "users", "add", "--email", "boss@example.org", "--role", "Admin,PortfolioManager");
        var setRole = await RunAsync(db, null, "users", "set-role", "--email", "ana@example.org", "--role", "Analyst,PortfolioManager");
        var disable = await RunAsync(db, null, "users", "disable", "--email", "ana@example.org");
        var link = await RunAsync(db, null, "users", "reset-link", "--email", "boss@example.org", "--base-url", "https://portal.example.org");
        var list = await RunAsync(db, null, "users", "list");
        var audit = await RunAsync(db, null, "audit", "export");

        Assert.Equal((0, "added ana@example.org"), (add.ExitCode, add.Output.Trim()));
        Assert.Matches("added boss@example.org; initial password \\(shown once\\): [A-Za-z0-9]{20}", generated.Output);
        Assert.Equal(0, setRole.ExitCode);
        Assert.Equal(0, disable.ExitCode);
        Assert.StartsWith("https://portal.example.org/account/reset-password?email=boss%40example.org&token=", link.Output);
        Assert.Contains("ana@example.org\tAnalyst,PortfolioManager\tdisabled", list.Output);
        Assert.Contains("boss@example.org\tAdmin,PortfolioManager\tactive", list.Output);
        Assert.Contains("user.roles-changed", audit.Output);
        Assert.Contains("user.reset-link-issued", audit.Output);
        Assert.Contains("cli (", audit.Output);
    }

    [Fact]
    public async Task A_reset_link_is_on_the_base_url_given_else_on_the_configured_public_address_and_refused_without_either()
    {
        var db = await TestPostgres.CreateDatabaseAsync("users");
        await RunAsync(db, null, "users", "add", "--email", "ana@example.org", "--role", "Analyst");
        var configured = new Dictionary<string, string?> { ["Portal:PublicBaseUrl"] = "https://portal.example.org" };

        var given = await CliRun.RunWithSettingsAsync(db, null, configured, "users", "reset-link", "--email", "ana@example.org", "--base-url", "https://other.example.org/");
        var fromConfiguration = await CliRun.RunWithSettingsAsync(db, null, configured, "users", "reset-link", "--email", "ana@example.org");
        var neither = await RunAsync(db, null, "users", "reset-link", "--email", "ana@example.org");
        var notAnAddress = await RunAsync(db, null, "users", "reset-link", "--email", "ana@example.org", "--base-url", "portal.example.org");

        Assert.StartsWith("https://other.example.org/account/reset-password?email=ana%40example.org&token=", given.Output);
        Assert.StartsWith("https://portal.example.org/account/reset-password?email=ana%40example.org&token=", fromConfiguration.Output);
        Assert.Equal((1, ""), (neither.ExitCode, neither.Output));
        Assert.Contains("Set Portal:PublicBaseUrl", neither.Error);
        Assert.Equal((1, ""), (notAnAddress.ExitCode, notAnAddress.Output));
        Assert.Contains("is not a web address", notAnAddress.Error);
        var audit = await RunAsync(db, null, "audit", "export");
        Assert.Equal(2, audit.Output.Split('\n').Count(line => line.Contains("user.reset-link-issued")));
    }

    [Theory]
    [InlineData(new[] { "users", "add", "--email", "x@example.org", "--role", "Wizard" }, "--role takes one or more of Analyst, PortfolioManager, Admin")]
    [InlineData(new[] { "users", "add", "--role", "Analyst" }, "option --email is required")]
    [InlineData(new[] { "users", "set-password", "--email", "x@example.org" }, "add --password-stdin")]
    [InlineData(new[] { "users", "promote" }, "users takes add, list, set-role")]
    [InlineData(new[] { "audit", "export", "--since", "yesterday" }, "--since takes a date as yyyy-mm-dd")]
    public async Task A_malformed_users_or_audit_command_exits_2_with_the_problem(string[] args, string problem)
    {
        var run = await RunAsync(TestDatabase.Unused, null, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(problem, run.Error);
    }

    [Fact]
    public async Task Adding_an_existing_user_or_a_short_password_exits_1_with_the_reason()
    {
        var db = await TestPostgres.CreateDatabaseAsync("users");
        await RunAsync(db, "a long enough passphrase\n", "users", "add", "--email", "ana@example.org", "--role", "Analyst", "--password-stdin");

        var again = await RunAsync(db, "a long enough passphrase\n", "users", "add", "--email", "ana@example.org", "--role", "Analyst", "--password-stdin");
        var shortPassword = await RunAsync(db, "too short\n", "users", "add", "--email", "bob@example.org", "--role", "Analyst", "--password-stdin");

        Assert.Equal((1, true), (again.ExitCode, again.Error.Contains("already exists")));
        Assert.Equal((1, true), (shortPassword.ExitCode, shortPassword.Error.Contains("at least 12 characters")));
    }
}
