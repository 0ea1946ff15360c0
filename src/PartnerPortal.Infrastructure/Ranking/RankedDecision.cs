namespace PartnerPortal.Infrastructure.Ranking;

/// <summary>The portfolio managers' decision on a pair, as the ranking shows it; None until they decide.</summary>
public enum RankedDecision
{
    None,
    Accepted,
    Rejected,
    Deferred,
}
