using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// A round's criterion weights (normalised, in criterion order), the managers' AHP matrices behind them,
/// and the group's combined result (AIJ) when there are any. <see cref="Version"/> goes back with a change.
/// </summary>
public sealed record RoundWeights(
    string RoundSlug,
    uint Version,
    bool IsPublished,
    IReadOnlyList<AnalysedCriterion> Criteria,
    IReadOnlyList<double> Weights,
    AhpMethod AhpMethod,
    IReadOnlyList<ManagerJudgements> Judgements,
    AhpResult? Group,
    DateTimeOffset? ChangedAt);
