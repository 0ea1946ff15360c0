namespace PartnerPortal.Domain.Shortlisting;

public enum ShortlistDecision
{
    Proposed,
    Accepted,
    Rejected,
    Deferred,
}
