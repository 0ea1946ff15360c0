using System.Collections.Concurrent;
using System.Diagnostics;

namespace PartnerPortal.EndToEnd.Tests;

/// <summary>
/// A program the test starts and stops (a portal, nginx), its output kept for the failure message. Stopped by
/// SIGTERM as an orchestrator stops a container, killed if it does not end in time.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildProcess(Process process) => _process = process;

    public string Name { get; private init; } = "";
    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string name, string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var child = new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start")) { Name = name };
        child._process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        StopWhenThisProcessEnds(child._process.Id);
        return child;
    }

    /// <summary>
    /// A test host ended abruptly runs no disposal: a detached watchdog (its own session, as TestPostgres's)
    /// stops the program once this process is gone, so no portal or nginx outlives the run on its port.
    /// </summary>
    private static void StopWhenThisProcessEnds(int child)
    {
        // It also ends when the program does, and signals only a program it saw running a second before, so
        // it never signals a process that has since taken the program's id.
        var host = Environment.ProcessId;
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {host} && kill -0 {child}; do sleep 1; done; kill -0 {host} || kill -TERM {child}";
        var watchdog = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            watchdog.ArgumentList.Add(argument);
        }
        Process.Start(watchdog)?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    /// <summary>The last lines the program wrote, for a failure message.</summary>
    public string Output => $"--- {Name} (last lines) ---\n" + string.Join('\n', _output);

    public async Task StopAsync(TimeSpan patience)
    {
        if (_process.HasExited)
        {
            return;
        }
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }
}
