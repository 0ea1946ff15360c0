using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.LocalPostgres;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// In Development on the embedded database, accounts to try the portal with. Their passwords come from
/// Portal:DemoPassword or are generated and printed once to the console (never to the log file); nothing
/// in the repository holds one. Outside Development the portal refuses to start while demo accounts exist.
/// </summary>
public static class DemoAccounts
{
    public static readonly IReadOnlyList<(string Email, string Role)> All =
    [
        ("analyst@demo.local", PortalRoles.Analyst),
        ("analyst2@demo.local", PortalRoles.Analyst),
        ("manager@demo.local", PortalRoles.PortfolioManager),
        ("admin@demo.local", PortalRoles.Admin),
    ];

    /// <summary>
    /// Before the server starts: outside Development, refuses to start while demo accounts are active; in
    /// Development on the embedded database, switches the demo banner on.
    /// </summary>
    public static async Task CheckAsync(IServiceProvider services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            services.GetRequiredService<DemoMode>().IsOn = Wanted(services, configuration);
            return;
        }
        if (configuration.GetValue("Portal:DemoAccounts", false))
        {
            throw new DemoAccountsRefusedException("Portal:DemoAccounts is switched on outside Development; switch it off.");
        }
        await using var scope = services.CreateAsyncScope();
        var demo = (await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync())
            .Where(u => u.IsDemo && !u.IsDisabled).Select(u => u.Email).ToList();
        if (demo.Count > 0)
        {
            throw new DemoAccountsRefusedException(
                $"This database has active demo accounts ({string.Join(", ", demo)}); disable them (./portal users disable --email …) before running outside Development.");
        }
    }

    /// <summary>
    /// Once the server listens (so a busy address cannot spend the one-time passwords on a failed start):
    /// the demo accounts that do not exist yet, their passwords printed once.
    /// </summary>
    /// <returns>Whether any account was created, i.e. whether this is the first run.</returns>
    public static async Task<bool> CreateAsync(IServiceProvider services, IConfiguration configuration)
    {
        if (!services.GetRequiredService<DemoMode>().IsOn)
        {
            return false;
        }
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var existing = await accounts.ListAsync();
        var configuredPassword = configuration["Portal:DemoPassword"];
        var created = new List<string>();
        foreach (var (email, role) in All.Where(a => existing.All(u => u.Email != a.Email)))
        {
            var password = string.IsNullOrEmpty(configuredPassword) ? PasswordGenerator.Generate() : configuredPassword;
            await accounts.AddAsync(email, [role], password, isDemo: true, displayName: $"Demo {role}");
            created.Add($"  {email,-22} {role,-17} {password}");
        }
        if (created.Count > 0)
        {
            // Straight to the console: a password must not end up in the log files.
            Console.WriteLine($"""

                Demo accounts created (shown once; reset with ./portal users set-password --email … --password-stdin):
                {string.Join(Environment.NewLine, created)}

                """);
        }
        return created.Count > 0;
    }

    private static bool Wanted(IServiceProvider services, IConfiguration configuration) =>
        configuration.GetValue("Portal:DemoAccounts", false) && services.GetRequiredService<PortalDatabase>().IsEmbedded;
}
