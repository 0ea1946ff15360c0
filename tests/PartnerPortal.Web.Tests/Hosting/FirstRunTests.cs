using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnerPortal.Web.Tests.Hosting;

/// <summary>
/// The portal as ./run.sh starts it — its own process, Development, the embedded database in a new data
/// directory — on the address given with --urls: a busy address is one line and spends nothing; the next
/// start prints the demo passwords once and opens with an example round for the manager to review.
/// </summary>
public partial class FirstRunTests
{
    [Fact]
    public async Task A_busy_address_is_one_line_before_any_password_and_the_next_start_serves_the_example_round_on_the_chosen_address()
    {
        var data = Path.Combine(Path.GetTempPath(), $"partnerportal-first-run-{Guid.NewGuid():N}");
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var busyPort = ((IPEndPoint)busy.LocalEndpoint).Port;

        var refused = await RunUntilExitAsync(data, $"http://127.0.0.1:{busyPort}");

        Assert.Equal(1, refused.ExitCode);
        var fatal = Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"127.0.0.1:{busyPort}", fatal);
        Assert.Contains("--urls", fatal);
        Assert.DoesNotContain("Demo accounts created", refused.Output);
        Assert.DoesNotContain("   at ", refused.Output);

        var port = FreePort();
        using var portal = Start(data, $"http://127.0.0.1:{port}");
        try
        {
            var output = await portal.WaitForAsync("Application started", TimeSpan.FromMinutes(3));
            var manager = PasswordPattern().Match(output);
            Assert.True(manager.Success, output);

            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            var signIn = await PortalFactory.SubmitFormAsync(browser, "/account/login", "login",
                new() { ["Input.Email"] = "manager@demo.local", ["Input.Password"] = manager.Groups[1].Value });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var home = await browser.GetStringAsync("/");
            var tables = await browser.GetAsync("/rounds/example");
            var ranking = await browser.GetStringAsync("/rounds/example/ranking");

            Assert.Contains("Where to start", home);
            Assert.Contains("Example data", home);
            Assert.Equal(HttpStatusCode.OK, tables.StatusCode);
            Assert.Contains("Example round (example data)", ranking);
            Assert.DoesNotContain("No pair is fully scored", ranking);
        }
        finally
        {
            portal.Stop();
            Directory.Delete(data, recursive: true);
        }
    }

    [GeneratedRegex(@"manager@demo\.local\s+PortfolioManager\s+(\S+)")]
    private static partial Regex PasswordPattern();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunUntilExitAsync(string data, string urls)
    {
        using var portal = Start(data, urls);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await portal.Process.WaitForExitAsync(timeout.Token);
        return (portal.Process.ExitCode, portal.Output, portal.Error);
    }

    private static PortalProcess Start(string data, string urls)
    {
        var start = new ProcessStartInfo("dotnet", ["PartnerPortal.Web.dll", "--urls", urls])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Portal__DataDirectory"] = data;
        start.Environment.Remove("ConnectionStrings__Portal");
        return new PortalProcess(Process.Start(start)!);
    }

    /// <summary>A running portal whose standard output and error are collected as they come.</summary>
    private sealed class PortalProcess : IDisposable
    {
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _error = new();

        public PortalProcess(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (_error) { _error.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }
        public string Output { get { lock (_output) { return _output.ToString(); } } }
        public string Error { get { lock (_error) { return _error.ToString(); } } }

        public async Task<string> WaitForAsync(string text, TimeSpan limit)
        {
            var stopwatch = Stopwatch.StartNew();
            while (!Output.Contains(text) && !Process.HasExited && stopwatch.Elapsed < limit)
            {
                await Task.Delay(200);
            }
            return Output.Contains(text) ? Output : throw new TimeoutException($"'{text}' not seen; output:\n{Output}\nerror:\n{Error}");
        }

        /// <summary>Ctrl+C, as a person stops it, so the embedded cluster is stopped too.</summary>
        public void Stop()
        {
            if (!Process.HasExited)
            {
                System.Diagnostics.Process.Start("kill", ["-INT", Process.Id.ToString()])!.WaitForExit();
                if (!Process.WaitForExit(TimeSpan.FromSeconds(30)))
                {
                    Process.Kill(entireProcessTree: true);
                }
            }
        }

        public void Dispose() => Process.Dispose();
    }
}
