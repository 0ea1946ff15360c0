namespace PartnerPortal.Domain.Scoring;

/// <summary>Pair × criterion cells where analysts' scores spread beyond the round's thresholds.</summary>
public static class Disagreement
{
    public static IReadOnlyList<(int Pair, int Criterion, CriterionStatistics Statistics)> Flag(RoundAggregate aggregate, DisagreementThresholds thresholds)
    {
        var flagged = new List<(int, int, CriterionStatistics)>();
        for (var pair = 0; pair < aggregate.Pairs; pair++)
        {
            for (var criterion = 0; criterion < aggregate.Criteria; criterion++)
            {
                var stats = aggregate.Statistics(pair, criterion);
                if (thresholds.AreExceededBy(stats))
                {
                    flagged.Add((pair, criterion, stats));
                }
            }
        }
        return flagged;
    }
}
