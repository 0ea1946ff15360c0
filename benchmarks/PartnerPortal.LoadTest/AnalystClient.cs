using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace PartnerPortal.LoadTest;

/// <summary>
/// One simulated analyst in a browser: signs in, then without pause opens the scoring matrix (one country),
/// a pair, saves a score on it, reads the heat map data and the round's tables, in a random mix. Its pairs
/// are its own, so no two clients revise the same score; every save that reports success is remembered to
/// be checked against the database afterwards.
/// </summary>
public sealed partial class AnalystClient(LoadOptions options, string analyst, IReadOnlyList<(string Country, string Technology)> pairs, int seed, Latencies latencies)
{
    private static readonly string[] Criteria = ["rie", "economic", "challenges", "additionality", "feasibility"];

    private static readonly (Operation Operation, int Weight)[] Mix =
        [(Operation.ScoringMatrix, 15), (Operation.PairPage, 30), (Operation.SaveScore, 25), (Operation.HeatMapData, 15), (Operation.ShortlistPage, 15)];

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
                case Operation.SaveScore:
                    await SaveAsync(country, technology, measured);
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

    /// <summary>Opens the pair (measured as a pair page) and changes one criterion's score, as the page's script posts it.</summary>
    private async Task SaveAsync(string country, string technology, bool measured)
    {
        var page = await TimedGetAsync(Operation.PairPage, PairPath(country, technology), measured);
        if (page is null)
        {
            return;
        }
        var criterion = Criteria[_random.Next(Criteria.Length)];
        var value = (byte)_random.Next(1, 6);
        var version = VersionOf(page, criterion);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["value"] = value.ToString(), ["confidence"] = "Medium", ["note"] = "load test",
            ["sources"] = "", ["version"] = version ?? "",
        };
        if (version is not null)
        {
            form["revision"] = "Load test revision";
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{PairPath(country, technology)}/{criterion}") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var ok = response.IsSuccessStatusCode && body.Contains("text-success", StringComparison.Ordinal);
            Record(Operation.SaveScore, clock, ok, measured);
            if (ok)
            {
                Saved[(country, technology, criterion)] = value;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Record(Operation.SaveScore, clock, ok: false, measured);
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

    private static string? VersionOf(string html, string criterion) =>
        Regex.Match(html, $"id=\"version-{criterion}\" value=\"(\\d*)\"") is { Success: true, Groups: [_, { Value: { Length: > 0 } version }] } ? version : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
