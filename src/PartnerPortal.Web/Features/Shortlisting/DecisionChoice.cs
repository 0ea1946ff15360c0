using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Web.Features.Shortlisting;

/// <summary>What the manager chose in the decision dialog.</summary>
public sealed record DecisionChoice(ShortlistDecision Decision, string Rationale);
