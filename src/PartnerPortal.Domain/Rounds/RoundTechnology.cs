using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Domain.Rounds;

/// <summary>A technology in a round's scope.</summary>
public class RoundTechnology
{
    public int RoundId { get; set; }
    public int TechnologyId { get; set; }
    public Technology? Technology { get; set; }
}
