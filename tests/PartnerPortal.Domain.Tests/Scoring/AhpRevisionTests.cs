using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class AhpRevisionTests
{
    /// <summary>Weights 8 : 4 : 2 : 1, whose every ratio is on Saaty's scale: a perfectly consistent matrix.</summary>
    private static double[,] Consistent() => SaatyScale.FromUpperTriangle(4, (i, j) => Math.Pow(2, j - i));

    [Fact]
    public void A_consistent_matrix_needs_no_revision()
    {
        Assert.Null(Ahp.SuggestRevision(Consistent()));
    }

    [Fact]
    public void A_consistent_matrix_whose_ratios_are_off_the_scale_needs_none_either()
    {
        // 0.4 / 0.25 = 1.6 cannot be said on the scale; any value on it would make the matrix inconsistent.
        double[] weights = [0.4, 0.25, 0.2, 0.1, 0.05];
        var matrix = SaatyScale.FromUpperTriangle(5, (i, j) => weights[i] / weights[j]);

        Assert.Null(Ahp.SuggestRevision(matrix));
    }

    [Fact]
    public void A_reversed_judgement_is_named_with_the_value_the_others_imply_which_makes_the_matrix_consistent_again()
    {
        var matrix = Consistent();
        // The first criterion was meant to count 8 times the last; the manager dragged the slider the wrong way.
        (matrix[0, 3], matrix[3, 0]) = (1 / 8.0, 8);

        var revision = Ahp.SuggestRevision(matrix);

        Assert.NotNull(revision);
        Assert.Equal((0, 3, 1 / 8.0, 8.0), (revision.Row, revision.Column, revision.Current, revision.Suggested));
        Assert.Equal(Ahp.Weigh(matrix).ConsistencyRatio, revision.ConsistencyRatioBefore, 12);
        Assert.True(revision.ConsistencyRatioBefore > AhpResult.AcceptableConsistencyRatio);
        Assert.Equal(0, revision.ConsistencyRatioAfter, 9);
    }

    [Fact]
    public void The_ratio_the_current_weights_imply_would_only_go_half_way_back()
    {
        var matrix = Consistent();
        (matrix[0, 3], matrix[3, 0]) = (1 / 8.0, 8);
        var weights = Ahp.Weigh(matrix).Weights;

        // Why the revision searches the scale instead of snapping wᵢ/wⱼ: the weights lean towards the wrong judgement.
        Assert.True(SaatyScale.Snap(weights[0] / weights[3]) < 1);
        Assert.True(Ahp.Weigh(Revised(matrix, 0, 3, SaatyScale.Snap(weights[0] / weights[3]))).ConsistencyRatio > AhpResult.AcceptableConsistencyRatio);
    }

    [Fact]
    public void The_named_change_lowers_the_ratio_at_least_as_much_as_any_other_single_change_on_the_scale()
    {
        // A beats B, B beats C, yet C is said to beat A strongly; D sits in between.
        var matrix = SaatyScale.FromUpperTriangle(4, (i, j) => (i, j) switch
        {
            (0, 1) => 5, (0, 2) => 1 / 7.0, (0, 3) => 3, (1, 2) => 3, (1, 3) => 1 / 2.0, _ => 2,
        });

        var revision = Ahp.SuggestRevision(matrix)!;

        Assert.Contains(SaatyScale.Judgements, j => j.Value == revision.Suggested);
        Assert.Equal(revision.ConsistencyRatioAfter, Ahp.Weigh(Revised(matrix, revision.Row, revision.Column, revision.Suggested)).ConsistencyRatio, 12);
        Assert.True(revision.ConsistencyRatioAfter < revision.ConsistencyRatioBefore);
        for (var i = 0; i < 4; i++)
        {
            for (var j = i + 1; j < 4; j++)
            {
                foreach (var (text, value, _) in SaatyScale.Judgements)
                {
                    var other = Ahp.Weigh(Revised(matrix, i, j, value)).ConsistencyRatio;
                    Assert.True(other >= revision.ConsistencyRatioAfter - 1e-12, $"({i},{j}) at {text} would give CR {other}, below {revision.ConsistencyRatioAfter}");
                }
            }
        }
    }

    private static double[,] Revised(double[,] matrix, int row, int column, double value)
    {
        var revised = (double[,])matrix.Clone();
        (revised[row, column], revised[column, row]) = (value, 1 / value);
        return revised;
    }
}
