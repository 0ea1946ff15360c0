namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// When an open page hears of a change (a score saved anywhere), it reloads what it shows — at most once per
/// <c>soon</c> however many changes arrive, and once more <c>settle</c> after the last one: figures that come from
/// the round's cached analysis may lag a save by up to its refresh interval (ADR-005), and a page must not stay on
/// such a figure. <paramref name="reload"/> runs on the component's dispatcher (pass <c>InvokeAsync</c>-wrapped work).
/// </summary>
public sealed class LiveReload(Func<Task> reload, TimeSpan soon, TimeSpan settle) : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Lock _gate = new();
    private bool _soonScheduled;
    private CancellationTokenSource? _settling;

    /// <summary>A change was heard; callable from any thread.</summary>
    public void Request()
    {
        lock (_gate)
        {
            if (_lifetime.IsCancellationRequested)
            {
                return;
            }
            if (!_soonScheduled)
            {
                _soonScheduled = true;
                _ = RunAfterAsync(soon, _lifetime.Token, () => { lock (_gate) { _soonScheduled = false; } });
            }
            if (settle > soon)
            {
                _settling?.Cancel();
                _settling = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
                _ = RunAfterAsync(settle, _settling.Token, () => { });
            }
        }
    }

    private async Task RunAfterAsync(TimeSpan wait, CancellationToken cancellation, Action started)
    {
        try
        {
            await Task.Delay(wait, cancellation);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        started();
        await reload();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _lifetime.Cancel();
            _settling?.Cancel();
        }
    }
}
