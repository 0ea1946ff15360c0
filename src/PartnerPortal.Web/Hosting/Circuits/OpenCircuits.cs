using System.Collections.Concurrent;

namespace PartnerPortal.Web.Hosting.Circuits;

/// <summary>
/// The circuits this instance holds, for the drain (which asks each connected one to pause) and the limits (which
/// count them before a new one is let in).
/// </summary>
public sealed class OpenCircuits
{
    private readonly ConcurrentDictionary<string, OpenCircuit> _circuits = new();

    public void Add(OpenCircuit circuit) => _circuits[circuit.Id] = circuit;

    public void Remove(string id) => _circuits.TryRemove(id, out _);

    public void SetConnected(string id, bool connected)
    {
        if (_circuits.TryGetValue(id, out var circuit))
        {
            circuit.Connected = connected;
        }
    }

    /// <summary>Every circuit in memory, connected or kept for a browser that may come back: what the instance's limit counts.</summary>
    public int Count => _circuits.Count;

    /// <summary>
    /// The person's circuits whose browser is connected, i.e. their open tabs. A circuit kept after its tab went
    /// (a laptop that slept) does not count against them: it is bounded by the retention settings instead.
    /// </summary>
    public int ConnectedCountFor(string userId) => _circuits.Values.Count(c => c.Connected && c.UserId == userId);

    public bool Holds(string id) => _circuits.ContainsKey(id);

    public IReadOnlyList<OpenCircuit> Connected() => [.. _circuits.Values.Where(c => c.Connected)];
}
