using PartnerPortal.Testing;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// One portal instance as people run it: `dotnet PartnerPortal.Web.dll` from the build output, a process of its
/// own on a free loopback port, Production settings, plain http allowed (the proxy in front speaks to it over
/// http, as in docker-compose.yml). Its responses name it (Portal:InstanceName).
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly string _webRoot;
    private readonly string _dataDirectory;
    private ChildProcess? _process;

    public PortalProcess(string name, TestDatabase database, string webRoot, string dataDirectory)
    {
        (Name, _database, _webRoot, _dataDirectory) = (name, database, webRoot, dataDirectory);
        Port = FreeLoopbackPort.Next();
    }

    public string Name { get; }
    public int Port { get; }
    public string Address => $"127.0.0.1:{Port}";
    public string Output => _process?.Output ?? "";

    /// <summary>Starts it; again after <see cref="StopAsync"/>, on the same port.</summary>
    public void Start()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException($"Portal {Name} is running already.");
        }
        var buildOutput = AppContext.BaseDirectory;
        _process = ChildProcess.Start(Name, "dotnet", [Path.Combine(buildOutput, "PartnerPortal.Web.dll"), "--urls", $"http://{Address}", "--webroot", _webRoot],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Portal"] = _database.ConnectionString,
                ["ConnectionStrings__PortalOwner"] = _database.OwnerConnectionString,
                ["Portal__AllowPlainHttp"] = "true",
                ["Portal__InstanceName"] = Name,
                ["Portal__DataDirectory"] = _dataDirectory,
                // Tests read right after they write; the portal's default lets heavy pages lag saves by up to a second.
                ["Portal__Analysis__ScoreRefreshInterval"] = "00:00:00",
            },
            buildOutput);
    }

    /// <summary>Until /health answers 200: migrated, seeded and listening.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan patience)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException($"Portal {Name} ended while starting.\n{Output}");
            }
            try
            {
                if ((await client.GetAsync($"http://{Address}/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Portal {Name} did not answer /health within {patience}.\n{Output}");
    }

    /// <summary>As `docker compose stop` stops it: SIGTERM, then SIGKILL if it has not ended within 10 s.</summary>
    public Task StopAsync() => _process?.StopAsync(TimeSpan.FromSeconds(10)) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
