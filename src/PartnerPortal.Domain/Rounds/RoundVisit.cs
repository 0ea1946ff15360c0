namespace PartnerPortal.Domain.Rounds;

/// <summary>When a person last opened a round's dashboard, so it can say what changed since.</summary>
public class RoundVisit
{
    public int RoundId { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset VisitedAt { get; set; }
}
