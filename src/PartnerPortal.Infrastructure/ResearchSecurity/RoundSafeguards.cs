using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>
/// What a round's analysis needs beyond the scores to screen its pairs and check scores against the data: each
/// pair's screening (rule and any manager's review applied), in score-sheet order, and the indicator evidence
/// per country and criterion. Loaded with the round; neither depends on the scores.
/// </summary>
public sealed record RoundSafeguards(IReadOnlyList<PairScreening> Screening, CriterionEvidence?[,] CountryData)
{
    /// <summary>Nothing known: every pair screened from an untagged technology and an unassessed country, no data to check against.</summary>
    public static RoundSafeguards Unknown(int countries, int technologies, int criteria, ScreeningMatrix rule) =>
        new([.. Enumerable.Repeat(PairScreening.Derive(rule, SensitivityLevel.Low, CountryRiskLevel.Unknown), countries * technologies)],
            new CriterionEvidence?[countries, criteria]);
}
