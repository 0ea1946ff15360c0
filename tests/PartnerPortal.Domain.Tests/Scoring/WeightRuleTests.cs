using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class WeightRuleTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(WeightRule.Maximum)]
    public void A_finite_weight_from_0_to_the_maximum_is_allowed(double weight)
    {
        Assert.True(WeightRule.IsAllowed(weight));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1000.5)]
    [InlineData(1e308)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void A_negative_huge_or_non_finite_weight_is_refused_saying_which(double weight)
    {
        var refused = Assert.Throws<ScoringInputException>(() => WeightRule.Check([1, 1, weight], 3));

        Assert.Contains("at most 1,000", refused.Message);
        Assert.Contains(weight.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message);
    }

    [Fact]
    public void Weights_that_are_all_zero_or_one_short_are_refused()
    {
        Assert.Contains("must not all be zero", Assert.Throws<ScoringInputException>(() => WeightRule.Check([0, 0, 0], 3)).Message);
        Assert.Contains("3 criteria, 2 weights", Assert.Throws<ScoringInputException>(() => WeightRule.Check([1, 1], 3)).Message);
    }

    [Fact]
    public void Weights_whose_sum_overflows_are_normalised_without_becoming_zero()
    {
        var normalised = ScoreAggregator.NormaliseWeights([1e308, 1e308, 1e308, 1e308, 1e308], 5);

        Assert.All(normalised, w => Assert.Equal(0.2, w, 12));
    }
}
