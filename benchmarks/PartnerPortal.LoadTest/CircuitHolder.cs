using PartnerPortal.LoadTest.Circuits;

namespace PartnerPortal.LoadTest;

/// <summary>
/// Opens one pair page per client and keeps its circuit open, idle, so scripts/circuit-memory.sh can weigh the
/// portal's heap with and without them: what a circuit costs the server, apart from the round's analysis and the
/// garbage that saves leave behind.
/// </summary>
public static class CircuitHolder
{
    /// <summary>Prints "holding N circuits" once every page is live, then waits for <paramref name="release"/> to exist.</summary>
    public static async Task<int> HoldAsync(LoadOptions options, IReadOnlyList<string> countries, IReadOnlyList<string> technologies, string release)
    {
        var browsers = new List<PortalBrowser>();
        var circuits = new List<CircuitClient>();
        using var opening = new SemaphoreSlim(8);
        var random = new Random(1);
        var pages = Enumerable.Range(0, options.Clients)
            .Select(k => (Analyst: options.Analysts[k % options.Analysts.Count], Country: countries[k % countries.Count], Technology: technologies[random.Next(technologies.Count)]))
            .ToList();
        await Task.WhenAll(pages.Select(async page =>
        {
            await opening.WaitAsync();
            try
            {
                var browser = new PortalBrowser(options.BaseAddress);
                await browser.SignInAsync(page.Analyst, options.Password);
                var (circuit, _) = await browser.OpenAsync(ScorePairPage.Path(options.Round, page.Country, page.Technology));
                await circuit.WaitAsync(ScorePairPage.IsLive, "the pair's cards");
                lock (circuits)
                {
                    browsers.Add(browser);
                    circuits.Add(circuit);
                }
            }
            finally
            {
                opening.Release();
            }
        }));
        Console.WriteLine($"holding {circuits.Count} circuits");
        while (!File.Exists(release))
        {
            await Task.Delay(250);
        }
        var failed = circuits.Count(c => c.Failure is not null);
        foreach (var circuit in circuits)
        {
            await circuit.DisposeAsync();
        }
        browsers.ForEach(b => b.Dispose());
        Console.WriteLine($"released {circuits.Count} circuits, {failed} of them failed meanwhile");
        return failed == 0 ? 0 : 1;
    }
}
