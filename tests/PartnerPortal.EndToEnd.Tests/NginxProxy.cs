namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// Debian's nginx (installed by scripts/install-prerequisites.sh) in front of the portals, run as the current
/// user on a free loopback port with its pid, logs and temporary files in a folder of the test's own. Its site is
/// deploy/nginx/partnerportal.conf as shipped, with only the upstream addresses and the listen line replaced, so
/// the test proves the file docker-compose.yml uses.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private const string Nginx = "/usr/sbin/nginx";
    private readonly string _folder;
    private ChildProcess? _process;

    private NginxProxy(string folder) => _folder = folder;

    public int Port { get; } = FreeLoopbackPort.Next();
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string Output => (_process?.Output ?? "") + "\n--- nginx error.log ---\n" + ReadIfThere(Path.Combine(_folder, "error.log"));

    public static async Task<NginxProxy> StartAsync(string folder, params PortalProcess[] portals)
    {
        if (!File.Exists(Nginx))
        {
            throw new InvalidOperationException($"{Nginx} is missing: run scripts/install-prerequisites.sh nginx (./test.sh does).");
        }
        Directory.CreateDirectory(folder);
        var proxy = new NginxProxy(folder);
        var site = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "deploy", "partnerportal.conf"));
        site = ReplaceOnce(site, "listen 8080;", $"listen 127.0.0.1:{proxy.Port};");
        for (var i = 0; i < portals.Length; i++)
        {
            site = ReplaceOnce(site, $"server portal{i + 1}:8080 ", $"server {portals[i].Address} ");
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "partnerportal.conf"), site);
        // The master would otherwise hand the workers to "nobody", who may not write the temporary folders here.
        var user = Environment.IsPrivilegedProcess ? $"user {Environment.UserName};" : "";
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            {{user}}
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log info;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/partnerportal.conf;
            }
            """);
        proxy._process = ChildProcess.Start("nginx", Nginx, ["-e", Path.Combine(folder, "error.log"), "-p", folder, "-c", Path.Combine(folder, "nginx.conf")],
            new Dictionary<string, string>(), folder);
        await proxy.WaitUntilListeningAsync();
        return proxy;
    }

    private static string ReplaceOnce(string text, string what, string with) =>
        text.Split(what).Length == 2
            ? text.Replace(what, with)
            : throw new InvalidOperationException($"deploy/nginx/partnerportal.conf should have '{what}' once; the test replaces it.");

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"nginx ended at start.\n{Output}");
            }
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, Port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"nginx did not listen on {Port}.\n{Output}");
    }

    /// <summary>New workers with the upstreams' failure counts forgotten, as after `nginx -s reload`.</summary>
    public async Task ReloadAsync()
    {
        using var reload = System.Diagnostics.Process.Start(Nginx, ["-e", Path.Combine(_folder, "error.log"), "-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), "-s", "reload"]);
        await reload.WaitForExitAsync();
    }

    private static string ReadIfThere(string path) => File.Exists(path) ? File.ReadAllText(path) : "";

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
