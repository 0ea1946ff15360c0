using System.Diagnostics;
using PartnerPortal.LoadTest.Circuits;

namespace PartnerPortal.LoadTest;

/// <summary>
/// One simulated analyst in a browser, without pause between actions: opens the scoring matrix on one of its
/// countries (or, every other round, a pair's page directly), follows a cell to a pair, sets the five scores and a
/// note, moves to the next pair a few times, then downloads the heat map data and starts again with a new page.
/// Each client has countries of its own, so two clients of one analyst do not score the same pair.
/// </summary>
public sealed class AnalystClient(LoadOptions options, string analyst, IReadOnlyList<string> countries, IReadOnlyList<string> technologies, int seed, Latencies latencies)
{
    private const int PairsPerPage = 3;

    private readonly Random _random = new(seed);
    private readonly PortalBrowser _browser = new(options.BaseAddress);
    private DateTime _measureFrom = DateTime.MaxValue;
    private DateTime _until = DateTime.MinValue;

    /// <summary>Inside the measured window (an action is counted by when it ended).</summary>
    private bool Measured => DateTime.UtcNow >= _measureFrom && DateTime.UtcNow <= _until;

    /// <summary>The last value each acknowledged save stored, by pair and criterion.</summary>
    public Dictionary<(string Country, string Technology, string Criterion), byte> Saved { get; } = [];

    public string Analyst => analyst;

    public int SavesMeasured { get; private set; }

    public Task SignInAsync() => _browser.SignInAsync(analyst, options.Password);

    public async Task RunAsync(DateTime measureFrom, DateTime until)
    {
        (_measureFrom, _until) = (measureFrom, until);
        for (var round = 0; DateTime.UtcNow < until; round++)
        {
            var country = countries[_random.Next(countries.Count)];
            CircuitClient? circuit = null;
            var operation = Operation.MatrixFirstRender;
            try
            {
                if (round % 2 == 0)
                {
                    circuit = await OpenMatrixAsync(country);
                    operation = Operation.OpenPair;
                    var technology = technologies[_random.Next(technologies.Count)];
                    var href = ScorePairPage.Path(options.Round, country, technology);
                    if (!circuit.Read(tree => tree.Elements().Any(e => e.Name == "a" && e.Attributes.GetValueOrDefault("href") == href)))
                    {
                        throw new InvalidOperationException($"the matrix has no link to {href}");
                    }
                    Record(Operation.OpenPair, await ScorePairPage.NavigateAsync(circuit, href));
                }
                else
                {
                    operation = Operation.PairFirstRender;
                    circuit = await OpenPairAsync(country, technologies[_random.Next(technologies.Count)]);
                }
                for (var pair = 0; pair < PairsPerPage && DateTime.UtcNow < until; pair++)
                {
                    operation = Operation.ScoreSaved;
                    await ScoreAsync(circuit);
                    operation = Operation.NextPair;
                    if (circuit.Read(ScorePairPage.NextPairHref) is not { } next)
                    {
                        break;
                    }
                    Record(Operation.NextPair, await ScorePairPage.NavigateAsync(circuit, next));
                }
                await DownloadHeatMapAsync();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever went wrong (a refused WebSocket comes as an AggregateException of every transport) is one
                // error of this client; the others go on, and this one starts again with a new page.
                RecordError(operation, e);
            }
            finally
            {
                if (circuit is not null)
                {
                    await circuit.DisposeAsync();
                }
            }
        }
    }

    private async Task<CircuitClient> OpenMatrixAsync(string country)
    {
        var started = Stopwatch.GetTimestamp();
        var (circuit, firstRender) = await _browser.OpenAsync($"/rounds/{Uri.EscapeDataString(options.Round)}/score?country={Uri.EscapeDataString(country)}");
        Record(Operation.MatrixFirstRender, firstRender);
        var prefix = $"/rounds/{Uri.EscapeDataString(options.Round)}/score/{Uri.EscapeDataString(country)}/";
        var ready = await circuit.WaitAsync(tree => tree.Elements().Any(e => e.Name == "a" && e.Attributes.GetValueOrDefault("href")?.StartsWith(prefix, StringComparison.Ordinal) == true),
            "the matrix's links");
        Record(Operation.MatrixReady, Stopwatch.GetElapsedTime(started, ready));
        return circuit;
    }

    private async Task<CircuitClient> OpenPairAsync(string country, string technology)
    {
        var started = Stopwatch.GetTimestamp();
        var (circuit, firstRender) = await _browser.OpenAsync(ScorePairPage.Path(options.Round, country, technology));
        Record(Operation.PairFirstRender, firstRender);
        Record(Operation.PairReady, Stopwatch.GetElapsedTime(started, await circuit.WaitAsync(ScorePairPage.IsLive, "the pair's cards")));
        return circuit;
    }

    /// <summary>Five scores, one after another, then a note on one criterion; a pair already complete is left as it is.</summary>
    private async Task ScoreAsync(CircuitClient circuit)
    {
        var (criteria, complete) = circuit.Read(tree => (ScorePairPage.Criteria(tree), ScorePairPage.ShowsGroup(tree)));
        if (complete)
        {
            return;
        }
        var (country, technology) = PairOf(circuit);
        foreach (var criterion in criteria)
        {
            var current = circuit.Read(tree => ScorePairPage.Checked(tree, criterion));
            var level = _random.Next(1, 6);
            if (level == current)
            {
                level = level % 5 + 1;
            }
            var key = (country, technology, criterion);
            Saved.Remove(key);
            var (shown, saved) = await ScorePairPage.ChooseAsync(circuit, criterion, level);
            Saved[key] = (byte)level;
            Record(Operation.ScoreClick, shown);
            Record(Operation.ScoreSaved, saved);
            SavesMeasured += Measured ? 1 : 0;
        }
        var noted = criteria[_random.Next(criteria.Count)];
        var value = Saved[(country, technology, noted)];
        Saved.Remove((country, technology, noted));
        Record(Operation.NoteSaved, await ScorePairPage.WriteNoteAsync(circuit, noted, $"Load test note {Guid.NewGuid():N}"));
        Saved[(country, technology, noted)] = value;
        SavesMeasured += Measured ? 1 : 0;
    }

    /// <summary>The pair the page is on, from the page's address.</summary>
    private (string Country, string Technology) PairOf(CircuitClient circuit) => circuit.Location is { } path && path.Split('/') is [.., var country, var technology]
        ? (Uri.UnescapeDataString(country), Uri.UnescapeDataString(technology.Split('?')[0]))
        : throw new InvalidOperationException("the page's address names no pair");

    private async Task DownloadHeatMapAsync()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _browser.Http.GetAsync($"/rounds/{Uri.EscapeDataString(options.Round)}/heatmap.json");
            await response.Content.CopyToAsync(Stream.Null);
            Record(Operation.HeatMapData, Stopwatch.GetElapsedTime(started), response.IsSuccessStatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            RecordError(Operation.HeatMapData, e);
        }
    }

    private void Record(Operation operation, TimeSpan elapsed, bool ok = true)
    {
        if (Measured)
        {
            latencies.Add(operation, elapsed.TotalMilliseconds, ok);
        }
    }

    /// <summary>Errors count in the warm-up too: any of them may have cost a save.</summary>
    private void RecordError(Operation operation, Exception e) => latencies.Error(operation, $"{analyst} {operation}: {e.GetType().Name}: {e.Message}");
}
