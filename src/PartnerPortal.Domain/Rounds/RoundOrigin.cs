namespace PartnerPortal.Domain.Rounds;

/// <summary>Who made a round: people (a real exercise), the demo generator (for measuring) or first run (an example to explore).</summary>
public enum RoundOrigin
{
    Manual,
    Generated,
    Example,
}
