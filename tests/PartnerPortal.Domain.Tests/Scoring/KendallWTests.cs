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
}
