using Microsoft.AspNetCore.Components.Server.Circuits;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// Tells a circuit's pages that its browser has come back after the connection dropped. Notifications sent
/// meanwhile were missed (NOTIFY is not durable), so live pages reload what they show.
/// </summary>
public sealed class CircuitConnection : CircuitHandler
{
    private bool _wasDown;

    public event Func<Task>? Reconnected;

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _wasDown = true;
        return Task.CompletedTask;
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (!_wasDown)
        {
            return;
        }
        _wasDown = false;
        foreach (var reload in Reconnected?.GetInvocationList().Cast<Func<Task>>() ?? [])
        {
            await reload();
        }
    }
}
