using Microsoft.JSInterop;

namespace PartnerPortal.Web.Hosting.Circuits;

/// <summary>One circuit this instance holds: whose it is, the browser it talks to, and whether that browser is connected now.</summary>
public sealed class OpenCircuit(string id, string? userId, IJSRuntime js)
{
    public string Id { get; } = id;

    /// <summary>Null for a circuit without a signed-in person.</summary>
    public string? UserId { get; } = userId;

    public IJSRuntime JS { get; } = js;

    public bool Connected { get; set; } = true;
}
