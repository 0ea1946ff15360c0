using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerPortal.Testing;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// The portal as <see cref="BrowserPortal"/> runs it, but one that can be restarted: the instance is stopped (as
/// SIGTERM stops it: the host's graceful stop) and a new one starts on the same port, the same database and the
/// same certificate, while the browser's pages stay open.
/// </summary>
public sealed class RestartingPortal : IAsyncLifetime
{
    private TestDatabase _database = new("", "");
    private X509Certificate2 _certificate = null!;
    private IPlaywright? _playwright;
    private Instance? _instance;
    private int _port;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>The running instance's services.</summary>
    public IServiceProvider Services => _instance!.Services;

    private sealed class Instance(TestDatabase database, X509Certificate2 certificate, int port) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => BrowserPortal.Configure(builder, database);

        public int Start()
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        }
    }

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("restart");
        _certificate = SelfSignedCertificate.ForLocalhost();
        _instance = new Instance(_database, _certificate, 0);
        _port = _instance.Start();
        BaseUrl = $"https://localhost:{_port}";
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserPortal.LaunchChromiumAsync(_playwright);
    }

    /// <summary>Stops the running instance gracefully (its drain included) and starts a new one on the same port.</summary>
    public async Task<TimeSpan> RestartAsync()
    {
        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await _instance!.DisposeAsync();
        var stopped = stopping.Elapsed;
        _instance = new Instance(_database, _certificate, _port);
        _instance.Start();
        return stopped;
    }

    public Task<IPage> SignInAsync(string email) => BrowserPortal.SignInAsync(Browser, BaseUrl, email);

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_instance is not null)
        {
            await _instance.DisposeAsync();
        }
    }
}
