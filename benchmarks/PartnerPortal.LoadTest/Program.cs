using PartnerPortal.LoadTest;

namespace PartnerPortal.LoadTest;

// The entry point in a namespace: the pin test references this assembly beside the portal's own Program.
public static class LoadTestProgram
{
    public static async Task<int> Main(string[] args)
    {

        // Drives a running portal with analysts in browsers and prints requests/s and p50/p95/p99 per request, then
        // writes every save that reported success (analyst,country,technology,criterion,value) for the script to
        // count in the database. scripts/load-test.sh sets up the round, the accounts and the portal around it.
        var options = LoadOptions.Parse(args);
        var latencies = new Latencies();

        // The round's countries and technologies, from the heat map data every signed-in person may read.
        var scout = new AnalystClient(options, options.Analysts[0], [], 0, new Latencies());
        await scout.SignInAsync();
        var scope = await scout.ReadJsonAsync($"/rounds/{options.Round}/heatmap.json");
        var pairs = scope.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("code").GetString()!)
            .SelectMany(c => scope.GetProperty("technologies").EnumerateArray().Select(t => (c, t.GetProperty("slug").GetString()!)))
            .ToList();
        var clients = Enumerable.Range(0, options.Clients)
            .Select(k => new AnalystClient(options, options.Analysts[k % options.Analysts.Count], pairs.Where((_, i) => i % options.Clients == k).ToList(), k + 1, latencies))
            .ToList();
        await Task.WhenAll(clients.Select(c => c.SignInAsync()));

        var start = DateTime.UtcNow;
        var measureFrom = start.AddSeconds(options.WarmupSeconds);
        var until = measureFrom.AddSeconds(options.Seconds);
        Console.Error.WriteLine($"{clients.Count} clients as {options.Analysts.Count} analysts over {pairs.Count:N0} pairs: {options.WarmupSeconds} s warm-up, {options.Seconds} s measured…");
        await Task.WhenAll(clients.Select(c => Task.Run(() => c.RunAsync(measureFrom, until))));

        Console.WriteLine(latencies.Table(options.Seconds));
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
}
