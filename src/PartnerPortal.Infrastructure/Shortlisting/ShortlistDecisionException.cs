namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>A shortlist decision that cannot be recorded as given; the message says what to fix.</summary>
/// <param name="pairNeedingPlan">The pair whose acceptance waits for a mitigation plan, so the page can offer to write it.</param>
public sealed class ShortlistDecisionException(string message, (string CountryCode, string TechnologySlug)? pairNeedingPlan = null) : Exception(message)
{
    public (string CountryCode, string TechnologySlug)? PairNeedingPlan { get; } = pairNeedingPlan;
}
