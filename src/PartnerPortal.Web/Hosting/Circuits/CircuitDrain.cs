using System.Diagnostics;
using Microsoft.JSInterop;

namespace PartnerPortal.Web.Hosting.Circuits;

/// <summary>
/// On shutdown, asks every connected page to pause its circuit (Blazor keeps its <c>[PersistentState]</c> in the
/// browser) and refuses new circuits meanwhile, so the page resumes on the restarted or another instance with what
/// was typed. .NET 10 cannot pause a circuit from the server, so the page does it (<c>js/circuits.js</c>).
/// </summary>
public sealed partial class CircuitDrain(OpenCircuits circuits, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<CircuitDrain> log)
{
    private readonly TimeSpan _timeout = CircuitSettings.From(configuration).DrainTimeout;
    private int _registered;
    private volatile bool _draining;

    /// <summary>From the start of shutdown on: <c>/_blazor</c> answers 503 so no page starts or resumes a circuit here.</summary>
    public bool IsDraining => _draining;

    /// <summary>
    /// Registered when the first circuit opens, so after SignalR's connection manager registered its own stopping
    /// callback (it closes every connection). Stopping callbacks run last-registered first: the drain runs while
    /// the connections still stand. The restart end-to-end test pins this order.
    /// </summary>
    public void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            lifetime.ApplicationStopping.Register(Drain);
        }
    }

    /// <summary>Blocks the stopping callback on purpose: the callbacks after it close the connections the pause travels on.</summary>
    private void Drain() => DrainAsync().GetAwaiter().GetResult();

    public async Task DrainAsync()
    {
        _draining = true;
        var open = circuits.Connected();
        if (open.Count == 0)
        {
            return;
        }
        var watch = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(_timeout);
        var asked = await Task.WhenAll(open.Select(async circuit => (circuit, Pausing: await AskToPauseAsync(circuit, deadline.Token))));
        // Only pages that took the request will pause; waiting for the others would only spend the drain time.
        var pausing = asked.Where(a => a.Pausing).Select(a => a.circuit).ToList();
        // Closed, not merely disconnected: a pausing circuit leaves its connection first and sends the page its state
        // after, over that connection; SignalR's own stopping callback (after this one) would cut it off.
        while (pausing.Any(c => circuits.Holds(c.Id)) && !deadline.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None);
        }
        var left = open.Count - pausing.Count(c => !circuits.Holds(c.Id));
        if (left == 0)
        {
            Drained(open.Count, watch.ElapsedMilliseconds);
        }
        else
        {
            DrainTimedOut(open.Count - left, open.Count, _timeout);
        }
    }

    private async Task<bool> AskToPauseAsync(OpenCircuit circuit, CancellationToken cancellation)
    {
        try
        {
            var asked = circuit.JS.InvokeVoidAsync("portalCircuits.pauseSoon", cancellation).AsTask();
            // A browser that goes away meanwhile never answers (its call waits for the interop timeout): stop waiting for it.
            while (!asked.IsCompleted && circuit.Connected)
            {
                await Task.WhenAny(asked, Task.Delay(50, CancellationToken.None));
            }
            if (!asked.IsCompleted)
            {
                _ = asked.ContinueWith(t => t.Exception, TaskScheduler.Default);
                return false;
            }
            await asked;
            return true;
        }
        catch (Exception e) when (e is JSDisconnectedException or JSException or OperationCanceledException or InvalidOperationException)
        {
            // The browser went or the page has no drain script: the circuit ends as before the drain existed.
            PauseNotAsked(circuit.Id, e.Message);
            return false;
        }
    }

    [LoggerMessage(LogLevel.Information, "Drained {Count} circuits in {Milliseconds} ms: their pages paused and resume on the next instance")]
    private partial void Drained(int count, long milliseconds);

    [LoggerMessage(LogLevel.Warning, "Drain: {Paused} of {Count} circuits paused within {Timeout}; the others reconnect or reload as after a plain restart")]
    private partial void DrainTimedOut(int paused, int count, TimeSpan timeout);

    [LoggerMessage(LogLevel.Debug, "Drain: circuit {CircuitId} could not be asked to pause: {Reason}")]
    private partial void PauseNotAsked(string circuitId, string reason);
}
