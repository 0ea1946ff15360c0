namespace PartnerPortal.Infrastructure.Auditing;

/// <summary>An actor that is not a signed-in person: the portal itself at start-up, or a CLI session.</summary>
public sealed class FixedAuditActor(string name) : IAuditActor
{
    public static readonly FixedAuditActor System = new("system");

    public static FixedAuditActor CommandLine() => new($"cli ({Environment.UserName})");

    public string Name { get; } = name;
}
