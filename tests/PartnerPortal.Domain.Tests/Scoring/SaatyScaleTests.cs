using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class SaatyScaleTests
{
    [Fact]
    public void The_scale_runs_from_9_through_1_to_one_ninth_and_parses_only_its_own_judgements()
    {
        Assert.Equal(17, SaatyScale.Judgements.Count);
        Assert.Equal(("9", 9.0), (SaatyScale.Judgements[0].Text, SaatyScale.Judgements[0].Value));
        Assert.Equal(1.0 / 3, SaatyScale.Parse("1/3"));
        Assert.Null(SaatyScale.Parse("10"));
        Assert.Null(SaatyScale.Parse("0.5"));
    }

    [Fact]
    public void A_stored_value_maps_back_to_the_nearest_judgement_on_a_log_scale()
    {
        Assert.Equal("3", SaatyScale.Nearest(3));
        Assert.Equal("1/3", SaatyScale.Nearest(0.3));
        // A group's geometric mean of 3 and 1 is √3 ≈ 1.73: nearer 2 than 1 on a log scale.
        Assert.Equal("2", SaatyScale.Nearest(Math.Sqrt(3)));
    }

    [Fact]
    public void The_matrix_is_reciprocal_with_ones_on_the_diagonal()
    {
        var matrix = SaatyScale.FromUpperTriangle(3, (i, j) => i + j + 1);

        Assert.Equal(1, matrix[1, 1]);
        Assert.Equal(4, matrix[1, 2]);
        Assert.Equal(0.25, matrix[2, 1]);
    }

    [Fact]
    public void A_ratio_snaps_to_the_nearest_judgement_and_its_position_runs_from_the_first_criterion_to_the_second()
    {
        Assert.Equal(2, SaatyScale.Snap(1.6));
        Assert.Equal(9, SaatyScale.Snap(40));
        Assert.Equal(1 / 3.0, SaatyScale.Snap(0.3));
        Assert.Equal(0, SaatyScale.IndexOfNearest(9));
        Assert.Equal(SaatyScale.EqualIndex, SaatyScale.IndexOfNearest(1));
        Assert.Equal(16, SaatyScale.IndexOfNearest(1 / 9.0));
        Assert.Equal(1.0, SaatyScale.Judgements[SaatyScale.EqualIndex].Value);
    }
}
