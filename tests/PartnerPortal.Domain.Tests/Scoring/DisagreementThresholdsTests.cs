using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class DisagreementThresholdsTests
{
    private static readonly DisagreementThresholds Round = new(StandardDeviation: 1.0, Range: 2);

    [Theory]
    [InlineData(2, 0.99, 1, 2, false)]
    [InlineData(2, 1.0, 3, 4, true)]
    [InlineData(3, 0.58, 3, 5, true)]
    [InlineData(1, 0, 5, 5, false)]
    [InlineData(0, 0, 0, 0, false)]
    public void Scores_disagree_from_a_standard_deviation_or_range_at_the_threshold_and_never_with_fewer_than_two(int n, double sd, int min, int max, bool disagree)
    {
        Assert.Equal(disagree, Round.AreExceededBy(new CriterionStatistics(n, (min + max) / 2.0, (min + max) / 2.0, sd, min, max)));
    }
}
