using System.Text.Json;
using PartnerPortal.LoadTest.Circuits;

namespace PartnerPortal.LoadTest;

/// <summary>
/// Drives a running portal with analysts at work in their pages' circuits and prints p50/p95/p99 per action, then
/// writes every save a client saw acknowledged (analyst,country,technology,criterion,value) for the script to count
/// in the database. scripts/load-test.sh sets up the round, the accounts and the portal around it. (The entry point
/// sits in a namespace: the pin test references this assembly beside the portal's own Program.)
/// </summary>
public static class LoadTestProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--probe", var baseAddress, var email, var password, var path])
        {
            return await ProbeAsync(new Uri(baseAddress), email, password, path);
        }
        var options = LoadOptions.Parse(args);
        var latencies = new Latencies();

        // The round's countries and technologies, from the heat map data every signed-in person may read.
        using var scout = new PortalBrowser(options.BaseAddress);
        await scout.SignInAsync(options.Analysts[0], options.Password);
        var scope = JsonDocument.Parse(await scout.Http.GetStringAsync($"/rounds/{Uri.EscapeDataString(options.Round)}/heatmap.json")).RootElement;
        if (options.Prime)
        {
            return 0;
        }
        var countries = scope.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
        var technologies = scope.GetProperty("technologies").EnumerateArray().Select(t => t.GetProperty("slug").GetString()!).ToList();
        if (options.Hold is { } release)
        {
            return await CircuitHolder.HoldAsync(options, countries, technologies, release);
        }
        // Countries of its own per client (a client of its own per country when there are more clients than countries).
        var clients = Enumerable.Range(0, options.Clients)
            .Select(k => new AnalystClient(options, options.Analysts[k % options.Analysts.Count],
                [.. countries.Where((_, i) => i % options.Clients == k % countries.Count)], technologies, k + 1, latencies))
            .ToList();
        // A few sign-ins at a time: the portal sheds a burst of password checks (503), and people arrive over minutes.
        using var signingIn = new SemaphoreSlim(8);
        await Task.WhenAll(clients.Select(async c =>
        {
            await signingIn.WaitAsync();
            try
            {
                await c.SignInAsync();
            }
            finally
            {
                signingIn.Release();
            }
        }));

        var start = DateTime.UtcNow;
        var measureFrom = start.AddSeconds(options.WarmupSeconds);
        var until = measureFrom.AddSeconds(options.Seconds);
        Console.Error.WriteLine($"{clients.Count} circuit clients as {options.Analysts.Count} analysts over {countries.Count} countries × {technologies.Count} technologies: {options.WarmupSeconds} s warm-up, {options.Seconds} s measured…");
        await Task.WhenAll(clients.Select(c => Task.Run(() => c.RunAsync(measureFrom, until))));

        Console.WriteLine(latencies.Table(options.Seconds));
        Console.WriteLine();
        Console.WriteLine($"saves acknowledged in the measured {options.Seconds} s: {clients.Sum(c => c.SavesMeasured):N0} ({clients.Sum(c => c.SavesMeasured) / (double)options.Seconds:N1}/s); errors (warm-up included): {latencies.Errors}");
        foreach (var reason in latencies.Reasons)
        {
            Console.Error.WriteLine($"  error: {reason}");
        }
        await using (var saves = File.CreateText(options.SavesFile))
        {
            foreach (var client in clients)
            {
                foreach (var ((country, technology, criterion), value) in client.Saved)
                {
                    await saves.WriteLineAsync($"{client.Analyst},{country},{technology},{criterion},{value}");
                }
            }
        }
        Console.Error.WriteLine($"{clients.Sum(c => c.Saved.Count):N0} scores saved (last value per analyst, pair and criterion) written to {options.SavesFile}");
        return latencies.Errors == 0 ? 0 : 1;
    }

    /// <summary>--probe BASE EMAIL PASSWORD PATH: one page's circuit, step by step, with the JS calls it makes (to see what changed).</summary>
    private static async Task<int> ProbeAsync(Uri baseAddress, string email, string password, string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var browser = new PortalBrowser(baseAddress, line => Console.WriteLine($"{clock.ElapsedMilliseconds,6} ms  {line}"));
        await browser.SignInAsync(email, password);
        Console.WriteLine($"{clock.ElapsedMilliseconds,6} ms  signed in");
        var (circuit, firstRender) = await browser.OpenAsync(path);
        await using var _ = circuit;
        Console.WriteLine($"{clock.ElapsedMilliseconds,6} ms  first render after {firstRender.TotalMilliseconds:N0} ms");
        await Task.Delay(2000);
        circuit.Read(tree =>
        {
            foreach (var element in tree.Elements().Where(e => e.Id is { Length: > 0 } || e.Handlers.Count > 0 || e.Name == "a").Take(400))
            {
                Console.WriteLine($"<{element.Name} {string.Join(" ", element.Attributes.Select(a => $"{a.Key}=\"{a.Value}\""))}> handlers: {string.Join(", ", element.Handlers.Select(h => $"{h.Key}={h.Value}"))}");
            }
            return 0;
        });
        for (var step = 0; step < 6 && circuit.Read(ScorePairPage.NextPairHref) is { } next; step++)
        {
            try
            {
                Console.WriteLine($"next pair {next} after {(await ScorePairPage.NavigateAsync(circuit, next)).TotalMilliseconds:N0} ms");
            }
            catch (TimeoutException e)
            {
                Console.WriteLine(e.Message);
            }
            Console.WriteLine(circuit.Read(tree => $"  title '{ScorePairPage.Title(tree)}', cards {string.Join(",", ScorePairPage.Criteria(tree))}, live {ScorePairPage.IsLive(tree)}"));
        }
        Console.WriteLine(circuit.Failure ?? "no failure");
        return circuit.Failure is null ? 0 : 1;
    }
}
