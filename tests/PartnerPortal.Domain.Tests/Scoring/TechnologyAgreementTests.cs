using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class TechnologyAgreementTests
{
    private static ScoreSheet Sheet(byte[] firstAnalyst, byte[] secondAnalyst)
    {
        // One technology, one criterion, a country per entry.
        var sheet = new ScoreSheet(countries: firstAnalyst.Length, technologies: 1, criteria: 1, analysts: 2);
        for (var country = 0; country < firstAnalyst.Length; country++)
        {
            (sheet[country, 0, 0], sheet[country, 0, 1]) = (firstAnalyst[country], secondAnalyst[country]);
        }
        return sheet;
    }

    [Fact]
    public void Analysts_ordering_partners_the_same_way_agree_completely_even_on_different_scores()
    {
        var agreement = TechnologyAgreement.PerTechnology(Sheet([5, 4, 2], [4, 3, 1]), [1]).Single();

        Assert.Equal(1, agreement.W!.Value, 12);
        Assert.Equal((2, 3), (agreement.Analysts, agreement.Countries));
    }

    [Fact]
    public void Analysts_with_opposite_orders_have_no_agreement()
    {
        Assert.Equal(0, TechnologyAgreement.PerTechnology(Sheet([5, 3, 1], [1, 3, 5]), [1]).Single().W!.Value, 12);
    }

    [Fact]
    public void Countries_not_scored_by_every_analyst_are_left_out_and_too_few_give_no_value()
    {
        var agreement = TechnologyAgreement.PerTechnology(Sheet([5, 4, 0], [4, ScoreSheet.NotScored, 3]), [1]).Single();

        Assert.Null(agreement.W);
        Assert.Equal(1, agreement.Countries);
    }

    /// <summary>Two analysts agreeing on three countries: χ² = 2 × 2 × 1 = 4 on 2 degrees of freedom, p = e⁻².</summary>
    [Fact]
    public void Each_w_comes_with_its_chi_square_significance_and_none_without_a_w()
    {
        var agreed = TechnologyAgreement.PerTechnology(Sheet([5, 4, 2], [4, 3, 1]), [1]).Single();
        var tooFew = TechnologyAgreement.PerTechnology(Sheet([5, 4, 0], [4, ScoreSheet.NotScored, 3]), [1]).Single();

        Assert.Equal((4.0, 2), (agreed.Significance!.ChiSquare, agreed.Significance.DegreesOfFreedom));
        Assert.Equal(Math.Exp(-2), agreed.Significance.PValue, 12);
        Assert.True(agreed.Significance.IsApproximationRough);
        Assert.Null(tooFew.Significance);
    }
}
