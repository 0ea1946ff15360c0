using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.Ranking;

/// <summary>
/// One fully scored country–technology pair of a round's ranking, as a row of the ranking grid and its exports:
/// named as the portal names them everywhere (the round's published names once it is published), with its index
/// (0–100) and ranks by the round's method, the analysts' scores per criterion in criterion order, the longlist's
/// verdict and reason, and the managers' decision.
/// </summary>
/// <param name="Rank">Among all ranked pairs the viewer sees (1 = best; ties share the better rank).</param>
/// <param name="RankInTechnology">The country's rank among the partners ranked for the same technology.</param>
/// <param name="Criteria">One entry per criterion, in the round's criterion order (<see cref="RankingTable.Criteria"/>).</param>
/// <param name="LonglistReason">Why the rule longlists the pair or not; null when there is no evidence yet.</param>
/// <param name="Disagreement">Whether analysts disagree beyond the round's thresholds on any criterion.</param>
/// <param name="Rationale">The managers' rationale for <paramref name="Decision"/>; null without a decision, or when the viewer may not read it.</param>
/// <param name="Screening">The pair's research-security screening level (a manager's override included).</param>
/// <param name="Contradictions">How many of the pair's scores contradict the country data (<see cref="Domain.Contradictions.ContradictionFinder"/>).</param>
public sealed record RankedPair(
    string CountryCode,
    string CountryName,
    string TechnologySlug,
    string TechnologyName,
    string Theme,
    double Index,
    int Rank,
    int RankInTechnology,
    IReadOnlyList<RankedCriterion> Criteria,
    LonglistVerdict Longlist,
    string? LonglistReason,
    bool Disagreement,
    RankedDecision Decision,
    string? Rationale,
    ScreeningLevel Screening,
    int Contradictions)
{
    public PairKey Key => new(CountryCode, TechnologySlug);
}
