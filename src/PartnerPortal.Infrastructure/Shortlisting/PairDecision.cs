using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>A manager's decision on one country for one technology, with the version to send back on a change.</summary>
/// <remarks>A qualifier narrows a grouping to named members (the study's "the EU (France, Germany)").</remarks>
public sealed record PairDecision(string CountryCode, string TechnologySlug, ShortlistDecision Decision, string Rationale, uint Version, string? Qualifier = null);
