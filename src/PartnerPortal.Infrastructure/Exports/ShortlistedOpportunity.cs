namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// One accepted technology–partner pair of a round's shortlist with everything recorded about it, in Table 6.2's
/// order and the portal's one naming (<see cref="ExportNames"/>): the shortlist's JSON and Excel exports and the
/// report's opportunities.
/// </summary>
/// <param name="Qualifier">The members a grouping is narrowed to ("France, Germany"); null for the whole grouping or a country.</param>
/// <param name="Index">The pair's index, rank and rank within its technology; null when it is not fully scored (or not in the viewer's ranking).</param>
/// <param name="Rationale">Why the managers accepted it; null for a viewer who may not read it yet (anyone but managers and admins before publication).</param>
/// <param name="Screening">The pair's research-security screening level (a manager's override included); null when not in the viewer's ranking.</param>
/// <param name="ScreeningOverride">Why a manager set the level by hand; null when the round's rule gives it.</param>
/// <param name="Mitigation">
/// The mitigation plan recorded for the pair; managers' and admins' only, at any phase: it may name what is kept from the
/// partner (restricted work packages) and is not for publication.
/// </param>
public sealed record ShortlistedOpportunity(
    string Theme,
    string Technology,
    string TechnologySlug,
    string Country,
    string CountryCode,
    string? Qualifier,
    double? Index,
    int? Rank,
    int? RankInTechnology,
    string? Rationale,
    IReadOnlyList<string> ValueCapture,
    IReadOnlyList<string> Instruments,
    IReadOnlyList<OpportunityPrinciple> Principles,
    string? Screening,
    string? ScreeningOverride,
    OpportunityMitigation? Mitigation);
