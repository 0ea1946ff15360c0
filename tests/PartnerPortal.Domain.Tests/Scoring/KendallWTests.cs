using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class KendallWTests
{
    [Fact]
    public void Raters_in_complete_agreement_give_one()
    {
        Assert.Equal(1, KendallW.Compute([[1, 2, 3], [1, 2, 3], [1, 2, 3]]), 12);
    }

    [Fact]
    public void Two_raters_with_opposite_rankings_give_zero()
    {
        Assert.Equal(0, KendallW.Compute([[1, 2, 3, 4], [4, 3, 2, 1]]), 12);
    }

    /// <summary>W = 12S / (m²(n³ − n)): here S = 35 with m = 3 raters, n = 4 items, so W = 420/540 = 7/9.</summary>
    [Fact]
    public void Partial_agreement_without_ties_follows_the_textbook_formula()
    {
        Assert.Equal(7 / 9.0, KendallW.Compute([[1, 2, 3, 4], [1, 3, 2, 4], [2, 1, 3, 4]]), 12);
    }

    /// <summary>
    /// Ties share their mean rank and are corrected for: rank totals 3.5, 6, 8.5, 12 around a mean of 7.5
    /// give S = 39.5; ΣT = (2³ − 2) + (2³ − 2) = 12; W = 12 × 39.5 / (9 × 60 − 3 × 12) = 474/504.
    /// </summary>
    [Fact]
    public void Tied_ranks_are_corrected_for()
    {
        Assert.Equal(474 / 504.0, KendallW.Compute([[1, 2.5, 2.5, 4], [1, 2, 3, 4], [1.5, 1.5, 3, 4]]), 12);
    }

    [Fact]
    public void Ranks_that_are_not_a_ranking_are_refused()
    {
        var error = Assert.Throws<ScoringInputException>(() => KendallW.Compute([[1, 2, 3], [1, 1, 3]]));

        Assert.Contains("Rater 2's ranks must run from 1 to 3", error.Message);
    }

    [Theory]
    [InlineData(new[] { 2.0, 2, 3, 3 }, "2, 2, 3, 3 is not a ranking; ranked, those values would be 1.5, 1.5, 3.5, 3.5")]
    [InlineData(new[] { 1.2, 1.8, 3, 4 }, "1.2, 1.8, 3, 4 is not a ranking; ranked, those values would be 1, 2, 3, 4")]
    [InlineData(new[] { 1, 2, 3, 5.0 }, "1, 2, 3, 5 is not a ranking")]
    public void Rows_that_add_up_but_are_not_rankings_are_refused_naming_the_rater(double[] row, string problem)
    {
        var error = Assert.Throws<ScoringInputException>(() => KendallW.Compute([[1, 2, 3, 4], row], ["ann", "bob"]));

        Assert.Contains("bob's ranks (rater 2) must run from 1 to 4, tied items sharing the mean of the positions they span", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Ratings_become_ranks_highest_first_with_ties_sharing_their_mid_rank()
    {
        var ranks = KendallW.RanksFromRatings([[5, 3, 3, 1], [40, 40, 20, 10]]);

        Assert.Equal([1, 2.5, 2.5, 4], ranks[0]);
        Assert.Equal([1.5, 1.5, 3, 4], ranks[1]);
        Assert.Equal(KendallW.Compute([[1, 2.5, 2.5, 4], [1.5, 1.5, 3, 4]]), KendallW.Compute(ranks));
    }

    [Fact]
    public void Every_rater_tying_every_item_gives_zero_rather_than_no_value()
    {
        Assert.Equal(0, KendallW.Compute([[2, 2, 2], [2, 2, 2]]));
    }

    /// <summary>n(n + 1) = 46,341 × 46,342 is past int.MaxValue; counted in ints it went negative.</summary>
    [Fact]
    public void Rankings_of_more_items_than_an_int_can_square_give_the_right_w()
    {
        const int n = 46_341;
        var forward = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        var backward = forward.Reverse().ToArray();

        Assert.Equal(1, KendallW.Compute([forward, forward]), 12);
        Assert.Equal(0, KendallW.Compute([forward, backward]), 12);
    }

    /// <summary>W = 7/9 for 3 raters and 4 items: χ² = 3 × 3 × 7/9 = 7 on 3 degrees of freedom, p = 0.0719.</summary>
    [Fact]
    public void Significance_is_the_chi_square_of_m_times_n_minus_one_times_w_with_its_upper_tail()
    {
        var significance = KendallWSignificance.Of(7 / 9.0, raters: 3, items: 4);

        Assert.Equal(7, significance.ChiSquare, 12);
        Assert.Equal(3, significance.DegreesOfFreedom);
        Assert.Equal(0.07189777249646515, significance.PValue, 12);
        Assert.True(significance.IsApproximationRough);
        Assert.False(KendallWSignificance.Of(0.5, raters: 4, items: 8).IsApproximationRough);
    }
}
