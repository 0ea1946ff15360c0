using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace PartnerPortal.LoadTest.Circuits;

/// <summary>
/// One person's browser: signs in through the static sign-in form, fetches pages (keeping the cookies), and opens
/// an interactive page as a browser does: the prerendered page over HTTP, then its circuit.
/// </summary>
public sealed partial class PortalBrowser(Uri baseAddress, Action<string>? trace = null) : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private HttpClient? _http;

    public Uri BaseAddress => baseAddress;

    public HttpClient Http => _http ??= new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task SignInAsync(string email, string password)
    {
        var page = await Http.GetStringAsync("/account/login");
        using var response = await Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"{email} could not sign in: {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// Opens an interactive page and waits for the circuit's first render batch; the time is the page's first render
    /// as a person waits for it (the prerendered HTML, the circuit's start, the first live render).
    /// </summary>
    public async Task<(CircuitClient Circuit, TimeSpan FirstRender)> OpenAsync(string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        trace?.Invoke($"GET {path}: {(int)response.StatusCode}, {html.Length:N0} characters");
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path}: {(int)response.StatusCode}");
        }
        var circuit = new CircuitClient(baseAddress, _cookies, Http, trace);
        try
        {
            var firstRender = circuit.WaitAsync(tree => tree.BatchesApplied > 0, $"the first render of {path}");
            await circuit.StartAsync(path, html);
            trace?.Invoke("circuit started");
            var at = await firstRender;
            return (circuit, Stopwatch.GetElapsedTime(started, at));
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    public void Dispose() => _http?.Dispose();

    private static string Token(string html) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("no antiforgery token on the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
