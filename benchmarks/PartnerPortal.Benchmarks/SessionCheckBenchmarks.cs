using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// What a signed-in request pays to be checked against the server (issue 14, item 7): the session lookup the
/// portal now makes on every request, against what Identity's security-stamp validator does each time it
/// validates (load the user, compare the stamp, rebuild the principal with its roles), which with an interval
/// of zero would also run on every request.
/// </summary>
[Config(typeof(InProcessConfig))]
public class SessionCheckBenchmarks
{
    private BenchmarkDatabase _database = null!;
    private UserSessionStore _sessions = null!;
    private PortalUser _user = null!;
    private Guid _session;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _database = await BenchmarkDatabase.StartAsync();
        await using var scope = _database.Services.CreateAsyncScope();
        _user = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("bench@example.org", [PortalRoles.Analyst, PortalRoles.PortfolioManager], "a benchmark passphrase");
        _sessions = _database.Services.GetRequiredService<UserSessionStore>();
        _session = await _sessions.StartAsync(_user.Id, TimeSpan.FromHours(12));
    }

    private async Task CleanupAsync()
    {
        await _database.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "session check, as the portal makes it on every request")]
    public Task<bool> SessionCheck() => _sessions.IsActiveAsync(_session, _user.Id, _user.SecurityStamp!);

    [Benchmark(Description = "Identity's security-stamp validation (user, stamp, principal with roles)")]
    public async Task<ClaimsPrincipal?> StampValidation()
    {
        await using var scope = _database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(_user.Id);
        return user is not null && await users.GetSecurityStampAsync(user) == _user.SecurityStamp
            ? await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user)
            : null;
    }
}
