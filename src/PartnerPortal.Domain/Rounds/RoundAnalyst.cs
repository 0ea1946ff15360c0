namespace PartnerPortal.Domain.Rounds;

/// <summary>An analyst assigned to score a round.</summary>
public class RoundAnalyst
{
    public int RoundId { get; set; }

    /// <summary>The analyst's account id.</summary>
    public required string AnalystId { get; set; }
}
