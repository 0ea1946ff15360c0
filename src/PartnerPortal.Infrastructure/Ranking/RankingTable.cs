using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Infrastructure.Ranking;

/// <summary>
/// A round's ranking as one viewer may see it: the criteria the rows' scores follow, with their normalised
/// weights, and the rows asked for (filtered and sorted).
/// </summary>
/// <param name="SeesEverything">False for an analyst's view of an open round: only the pairs they have scored, ranked among themselves.</param>
/// <param name="RankedPairs">How many pairs the viewer's ranking holds before the filter.</param>
public sealed record RankingTable(
    string RoundSlug,
    string RoundName,
    RankingMethod Method,
    IReadOnlyList<AnalysedCriterion> Criteria,
    IReadOnlyList<double> Weights,
    bool SeesEverything,
    int RankedPairs,
    IReadOnlyList<RankedPair> Rows);
