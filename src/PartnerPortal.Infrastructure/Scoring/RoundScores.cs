using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// A round's scores as a flat sheet, with the database ids behind each index: countries in the round's
/// order, technologies in Table 4.1 order, criteria in order, analysts by id. Weights as the round sets them
/// (equal when it sets none), in criterion order.
/// </summary>
public sealed record RoundScores(
    ScoreSheet Sheet,
    IReadOnlyList<int> CountryIds,
    IReadOnlyList<int> TechnologyIds,
    IReadOnlyList<int> CriterionIds,
    IReadOnlyList<string> AnalystIds,
    IReadOnlyList<double> Weights)
{
    public RoundAggregate Aggregate() => ScoreAggregator.Aggregate(Sheet, Weights);
}
