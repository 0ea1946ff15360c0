namespace PartnerPortal.Domain.Contradictions;

/// <summary>
/// For one country and one criterion, the indicator standings that argue against a high score (the country is in
/// the quartile the linked indicators count as weak) and against a low one (in the strong quartile).
/// </summary>
public sealed record CriterionEvidence(IReadOnlyList<IndicatorStanding> AgainstHighScores, IReadOnlyList<IndicatorStanding> AgainstLowScores)
{
    public static CriterionEvidence? From(IEnumerable<(IndicatorStanding Standing, bool HigherValueSupportsHigherScore)> linked)
    {
        List<IndicatorStanding> againstHigh = [], againstLow = [];
        foreach (var (standing, higherSupports) in linked)
        {
            var weak = higherSupports ? IndicatorQuartile.Bottom : IndicatorQuartile.Top;
            var strong = higherSupports ? IndicatorQuartile.Top : IndicatorQuartile.Bottom;
            if (standing.Quartile == weak)
            {
                againstHigh.Add(standing);
            }
            else if (standing.Quartile == strong)
            {
                againstLow.Add(standing);
            }
        }
        return againstHigh.Count == 0 && againstLow.Count == 0 ? null : new CriterionEvidence(againstHigh, againstLow);
    }
}
