namespace PartnerPortal.Web.Hosting.Circuits;

/// <summary>
/// <c>Portal:Circuits</c>: how long a restart waits for open pages to pause, and how many circuits one person and
/// one instance may hold (a scoring page's costs about 0.9 MB of live heap, measured: docs/performance.md).
/// </summary>
public sealed record CircuitSettings(TimeSpan DrainTimeout, int MaxPerUser, int MaxPerInstance)
{
    public static readonly TimeSpan DefaultDrainTimeout = TimeSpan.FromSeconds(10);

    public const int DefaultMaxPerUser = 10;

    /// <summary>500 scoring pages at the measured 0.92 MB are about 0.46 GB of heap; on 2 cores CPU runs out well before that (docs/deployment.md).</summary>
    public const int DefaultMaxPerInstance = 500;

    public static CircuitSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Portal:Circuits");
        return new CircuitSettings(
            section.GetValue("DrainTimeout", DefaultDrainTimeout),
            section.GetValue("MaxPerUser", DefaultMaxPerUser),
            section.GetValue("MaxPerInstance", DefaultMaxPerInstance));
    }
}
