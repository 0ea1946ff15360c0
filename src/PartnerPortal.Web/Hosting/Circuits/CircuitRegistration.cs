using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.JSInterop;

namespace PartnerPortal.Web.Hosting.Circuits;

/// <summary>Keeps <see cref="OpenCircuits"/> in step with the circuits of this instance (one handler per circuit).</summary>
public sealed class CircuitRegistration(OpenCircuits circuits, CircuitDrain drain, IJSRuntime js, AuthenticationStateProvider authentication) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        circuits.Add(new OpenCircuit(circuit.Id, user.FindFirstValue(ClaimTypes.NameIdentifier), js));
        drain.EnsureRegistered();
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuits.SetConnected(circuit.Id, true);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuits.SetConnected(circuit.Id, false);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuits.Remove(circuit.Id);
        return Task.CompletedTask;
    }
}
