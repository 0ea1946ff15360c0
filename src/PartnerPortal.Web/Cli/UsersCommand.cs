using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Web.Cli;

/// <summary>users add|list|set-role|disable|enable|reset-link|set-password: bootstrapping and managing accounts.</summary>
public static class UsersCommand
{
    public static void Validate(CliArguments command)
    {
        command.ExpectPositional(1);
        switch (command.Positional[0])
        {
            case "list":
                command.AllowOnly();
                break;
            case "add":
                command.AllowOnly("email", "role", "name", "password-stdin");
                command.RequiredOption("email");
                ParseRoles(command.RequiredOption("role"));
                break;
            case "set-role":
                command.AllowOnly("email", "role");
                command.RequiredOption("email");
                ParseRoles(command.RequiredOption("role"));
                break;
            case "disable" or "enable":
                command.AllowOnly("email");
                command.RequiredOption("email");
                break;
            case "reset-link":
                command.AllowOnly("email", "base-url");
                command.RequiredOption("email");
                break;
            case "set-password":
                command.AllowOnly("email", "password-stdin");
                command.RequiredOption("email");
                if (!command.Flag("password-stdin"))
                {
                    throw new CliUsageException("set-password reads the new password from standard input: add --password-stdin");
                }
                break;
            default:
                throw new CliUsageException($"users takes add, list, set-role, disable, enable, reset-link or set-password, not '{command.Positional[0]}'");
        }
    }

    public static async Task<int> RunAsync(CliContext context)
    {
        var command = context.Command;
        await using var scope = context.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var email = command.Option("email");
        switch (command.Positional[0])
        {
            case "list":
                await context.Output.WriteLineAsync("email\troles\tstatus");
                foreach (var user in await accounts.ListAsync())
                {
                    var status = user.IsDisabled ? "disabled" : user.IsLockedOut ? "locked-out" : "active";
                    await context.Output.WriteLineAsync($"{user.Email}\t{string.Join(",", user.Roles)}\t{status}{(user.IsDemo ? " (demo)" : "")}");
                }
                return 0;
            case "add":
                var generated = !command.Flag("password-stdin");
                var password = generated ? PasswordGenerator.Generate() : await ReadPasswordAsync(context);
                await accounts.AddAsync(email!, ParseRoles(command.RequiredOption("role")), password, displayName: command.Option("name"));
                await context.Output.WriteLineAsync(generated ? $"added {email}; initial password (shown once): {password}" : $"added {email}");
                return 0;
            case "set-role":
                await accounts.SetRolesAsync(email!, ParseRoles(command.RequiredOption("role")));
                await context.Output.WriteLineAsync($"{email}: roles set to {command.Option("role")}");
                return 0;
            case "disable" or "enable":
                await accounts.SetDisabledAsync(email!, command.Positional[0] == "disable");
                await context.Output.WriteLineAsync($"{email}: {command.Positional[0]}d");
                return 0;
            case "reset-link":
                var links = scope.ServiceProvider.GetRequiredService<PasswordResetLinks>();
                await context.Output.WriteLineAsync(await links.IssueAsync(email!, command.Option("base-url"), developmentFallback: "http://localhost:5080"));
                return 0;
            default:
                await accounts.SetPasswordAsync(email!, await ReadPasswordAsync(context));
                await context.Output.WriteLineAsync($"{email}: password set");
                return 0;
        }
    }

    private static async Task<string> ReadPasswordAsync(CliContext context) =>
        (await context.Input.ReadLineAsync())?.TrimEnd('\r', '\n') is { Length: > 0 } password
            ? password
            : throw new AccountException("No password on standard input.");

    private static IReadOnlyList<string> ParseRoles(string text)
    {
        var roles = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = roles.FirstOrDefault(role => !PortalRoles.IsKnown(role));
        return unknown is null && roles.Length > 0
            ? roles
            : throw new CliUsageException($"--role takes one or more of {string.Join(", ", PortalRoles.All)} separated by commas, not '{text}'");
    }
}
