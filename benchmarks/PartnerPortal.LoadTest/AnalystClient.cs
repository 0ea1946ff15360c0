using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace PartnerPortal.LoadTest;

/// <summary>
/// One simulated analyst in a browser: signs in, then without pause opens the scoring matrix (one country),
/// a pair, reads the heat map data and the round's tables, in a random mix — each page as its first request
/// serves it, prerendered. Scores are saved inside a page's circuit since the workspace moved to Blazor Server
/// (ADR-006), which plain HTTP cannot drive: saving under load is the circuit load test's (issue "circuits at
/// scale"); ScoreSaveBenchmarks measures a save in process meanwhile. <see cref="Saved"/> stays for that client.
/// </summary>
public sealed partial class AnalystClient(LoadOptions options, string analyst, IReadOnlyList<(string Country, string Technology)> pairs, int seed, Latencies latencies)
{
    private static readonly (Operation Operation, int Weight)[] Mix =
        [(Operation.ScoringMatrix, 20), (Operation.PairPage, 40), (Operation.HeatMapData, 20), (Operation.ShortlistPage, 20)];

    private readonly Random _random = new(seed);
    private readonly HttpClient _http = new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The last value each successful save stored, by analyst, pair and criterion.</summary>
    public Dictionary<(string Country, string Technology, string Criterion), byte> Saved { get; } = [];

    public string Analyst => analyst;

    public async Task SignInAsync()
    {
        var page = await _http.GetStringAsync("/account/login");
        using var response = await _http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["_handler"] = "login", ["Input.Email"] = analyst, ["Input.Password"] = options.Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"{analyst} could not sign in: {(int)response.StatusCode}");
        }
    }

    public async Task<System.Text.Json.JsonElement> ReadJsonAsync(string path) =>
        await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(_http, path);

    public async Task RunAsync(DateTime measureFrom, DateTime until)
    {
        while (DateTime.UtcNow < until)
        {
            var measured = DateTime.UtcNow >= measureFrom;
            var (country, technology) = pairs[_random.Next(pairs.Count)];
            switch (options.Only ?? Pick())
            {
                case Operation.ScoringMatrix:
                    await TimedGetAsync(Operation.ScoringMatrix, $"/rounds/{options.Round}/score?country={country}", measured);
                    break;
                case Operation.PairPage:
                    await TimedGetAsync(Operation.PairPage, PairPath(country, technology), measured);
                    break;
                case Operation.HeatMapData:
                    await TimedGetAsync(Operation.HeatMapData, $"/rounds/{options.Round}/heatmap.json", measured);
                    break;
                case Operation.ShortlistPage:
                    await TimedGetAsync(Operation.ShortlistPage, $"/rounds/{options.Round}", measured);
                    break;
            }
        }
    }

    private async Task<string?> TimedGetAsync(Operation operation, string path, bool measured)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Record(operation, clock, response.IsSuccessStatusCode, measured);
            return response.IsSuccessStatusCode ? body : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Record(operation, clock, ok: false, measured);
            return null;
        }
    }

    private void Record(Operation operation, Stopwatch clock, bool ok, bool measured)
    {
        if (measured)
        {
            latencies.Add(operation, clock.Elapsed.TotalMilliseconds, ok);
        }
    }

    private Operation Pick()
    {
        var roll = _random.Next(Mix.Sum(m => m.Weight));
        foreach (var (operation, weight) in Mix)
        {
            if ((roll -= weight) < 0)
            {
                return operation;
            }
        }
        return Mix[^1].Operation;
    }

    private string PairPath(string country, string technology) => $"/rounds/{options.Round}/score/{country}/{technology}";

    private static string Token(string html) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("no antiforgery token on the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
