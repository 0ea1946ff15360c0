using PartnerPortal.Infrastructure.Tests.Persistence;

namespace PartnerPortal.Infrastructure.Tests;

/// <summary>
/// Not used by the test runner. A test that needs a process of its own — one with a small heap, to run out of
/// memory for real — starts this assembly again with the name of what to do (see <see cref="ChildProcess"/>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args) => args switch
    {
        [OversizedRowProbe.Name] => await OversizedRowProbe.RunAsync(Environment.GetEnvironmentVariable(OversizedRowProbe.ConnectionStringVariable)!),
        _ => 2,
    };
}
