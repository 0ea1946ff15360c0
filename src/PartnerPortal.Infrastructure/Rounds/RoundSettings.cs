using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>The scoring rules a round sets, as its settings form edits them; <see cref="Version"/> guards against overwriting someone else's change.</summary>
public sealed record RoundSettings(
    int LonglistRequiredCount,
    double? LonglistMinimumIndex,
    RankingMethod RankingMethod,
    int MaxTechnologies,
    int MaxPartnersPerTechnology,
    int MaxOpportunitiesPerCountry,
    bool CoverEveryTheme,
    bool RequireEmergingPartner,
    int MinimumRegions,
    double DisagreementStandardDeviation,
    int DisagreementRange,
    int SensitivityDraws,
    double SensitivityPerturbation,
    int SensitivitySeed,
    uint Version);
