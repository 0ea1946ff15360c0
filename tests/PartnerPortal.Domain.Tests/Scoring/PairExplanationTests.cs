using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class PairExplanationTests
{
    [Fact]
    public void An_explanation_splits_the_total_into_criterion_contributions_and_names_the_largest_shortfall_against_the_best_pair()
    {
        var sheet = new ScoreSheet(countries: 2, technologies: 1, criteria: 2, analysts: 1);
        (sheet[0, 0, 0], sheet[0, 1, 0]) = (5, 3);
        (sheet[1, 0, 0], sheet[1, 1, 0]) = (2, 4);
        var aggregate = ScoreAggregator.Aggregate(sheet, [0.5, 0.5]);

        var explanation = PairExplanation.Explain(aggregate, [0.5, 0.5], pair: 1);

        Assert.Equal((0, 2), (explanation.BestPair, explanation.RankInTechnology));
        Assert.Equal(explanation.Total, explanation.Contributions.Sum(c => c.Contribution), 12);
        Assert.Equal(0, explanation.LargestShortfall!.Criterion);
        Assert.Equal(-1.5, explanation.LargestShortfall.GapToBest, 12);
        Assert.Null(PairExplanation.Explain(aggregate, [0.5, 0.5], pair: 0).LargestShortfall);
    }
}
