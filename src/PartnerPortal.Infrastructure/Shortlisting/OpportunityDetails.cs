using PartnerPortal.Domain.Shortlisting;

namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>
/// One shortlisted opportunity (a technology with a partner) and what the manager records about it: the
/// win-win principles, value-capture pathways and suggested instruments. <see cref="Version"/> guards saves.
/// </summary>
public sealed record OpportunityDetails(
    string RoundName, bool IsPublished, string CountryCode, string CountryName, string TechnologySlug, string TechnologyName,
    ShortlistDecision Decision, string Rationale, uint Version,
    IReadOnlyList<PrincipleView> Principles, ValueCapturePathway ValueCapture, IReadOnlyList<InstrumentChoice> Instruments);
