namespace PartnerPortal.Infrastructure.Ranking;

/// <summary>The columns a ranking can be sorted by; the two criterion columns take the criterion's position (<see cref="RankingSort.Criterion"/>).</summary>
public enum RankingColumn
{
    Rank,
    Index,
    Country,
    Technology,
    Theme,
    RankInTechnology,
    CriterionMean,
    CriterionStandardDeviation,
    Longlist,
    Disagreement,
    Decision,
    Screening,
    Contradictions,
}
