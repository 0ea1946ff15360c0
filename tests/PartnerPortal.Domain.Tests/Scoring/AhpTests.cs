using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Domain.Tests.Scoring;

public class AhpTests
{
    private static readonly double[,] Textbook =
    {
        { 1, 3, 5 },
        { 1 / 3.0, 1, 2 },
        { 1 / 5.0, 1 / 2.0, 1 },
    };

    [Fact]
    public void A_perfectly_consistent_matrix_gives_back_the_weights_it_was_built_from_with_a_consistency_ratio_of_zero()
    {
        double[] weights = [0.4, 0.25, 0.2, 0.1, 0.05];
        var matrix = new double[5, 5];
        for (var i = 0; i < 5; i++)
        {
            for (var j = 0; j < 5; j++)
            {
                matrix[i, j] = weights[i] / weights[j];
            }
        }

        foreach (var method in Enum.GetValues<AhpMethod>())
        {
            var result = Ahp.Weigh(matrix, method);
            Assert.Equal(weights, result.Weights, (a, b) => Math.Abs(a - b) < 1e-12);
            Assert.Equal(5, result.LambdaMax, 9);
            Assert.Equal(0, result.ConsistencyRatio, 9);
            Assert.Null(result.MostInconsistentJudgement);
        }
    }

    /// <summary>
    /// For a 3×3 reciprocal matrix with a₁₂ = a, a₁₃ = b, a₂₃ = c: the eigenvector equals the normalised row
    /// geometric means (Crawford and Williams, 1985, J. Math. Psychology 29:387–405), and
    /// λmax = 1 + (ac/b)^⅓ + (b/ac)^⅓ (Saaty, The Analytic Hierarchy Process, 1980). Values below from those
    /// closed forms for a = 3, b = 5, c = 2.
    /// </summary>
    [Fact]
    public void A_three_by_three_matrix_matches_the_closed_form_weights_and_lambda_max()
    {
        var eigen = Ahp.Weigh(Textbook, AhpMethod.Eigenvector);
        var geometric = Ahp.Weigh(Textbook, AhpMethod.GeometricMean);

        double[] expected = [0.6483290138, 0.2296507941, 0.1220201921];
        Assert.Equal(expected, eigen.Weights, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(expected, geometric.Weights, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(3.0036945981, eigen.LambdaMax, 9);
        Assert.Equal(0.0018472990, eigen.ConsistencyIndex, 9);
        Assert.Equal(0.0031849983, eigen.ConsistencyRatio, 9);
        Assert.True(eigen.IsAcceptablyConsistent);
    }

    [Fact]
    public void An_inconsistent_matrix_is_flagged_with_the_judgement_that_contradicts_the_others_most()
    {
        // A beats B, B beats C, yet C is said to beat A strongly.
        double[,] matrix =
        {
            { 1, 5, 1 / 7.0 },
            { 1 / 5.0, 1, 3 },
            { 7, 1 / 3.0, 1 },
        };

        var result = Ahp.Weigh(matrix);

        Assert.True(result.ConsistencyRatio > AhpResult.AcceptableConsistencyRatio);
        Assert.False(result.IsAcceptablyConsistent);
        Assert.NotNull(result.MostInconsistentJudgement);
    }

    /// <summary>
    /// A matrix near the 0.10 line. Its principal eigenvalue is 4.27355 (Perron root, by power iteration):
    /// CI 0.09118, CR 0.1013. The geometric means' (A·w)ᵢ/wᵢ average 4.26790 instead, which would have read
    /// CR 0.0992 and passed. GCI from its definition with the row geometric means: 0.34707, under n = 4's 0.35.
    /// </summary>
    private static readonly double[,] NearTheLine =
    {
        { 1, 1 / 7.0, 1 / 6.0, 1 / 2.0 },
        { 7, 1, 1 / 5.0, 2 },
        { 6, 5, 1, 6 },
        { 2, 1 / 2.0, 1 / 6.0, 1 },
    };

    [Theory]
    [InlineData(AhpMethod.Eigenvector)]
    [InlineData(AhpMethod.GeometricMean)]
    public void Lambda_max_and_the_consistency_ratio_are_the_matrixs_principal_eigenvalue_whatever_method_gives_the_weights(AhpMethod method)
    {
        var result = Ahp.Weigh(NearTheLine, method);

        Assert.Equal(4.2735504308, result.LambdaMax, 8);
        Assert.Equal(0.1013149744, result.ConsistencyRatio, 8);
        Assert.False(result.IsAcceptablyConsistent);
        Assert.NotNull(result.MostInconsistentJudgement);
    }

    [Fact]
    public void The_geometric_mean_method_also_reports_the_geometric_consistency_index_with_its_threshold_for_the_order()
    {
        var geometric = Ahp.Weigh(NearTheLine, AhpMethod.GeometricMean);
        var eigen = Ahp.Weigh(NearTheLine, AhpMethod.Eigenvector);
        var threeByThree = Ahp.Weigh(Textbook, AhpMethod.GeometricMean);
        var fiveByFive = Ahp.Weigh(SaatyScale.FromUpperTriangle(5, (_, _) => 1), AhpMethod.GeometricMean);

        Assert.Equal(0.3470675321, geometric.GeometricConsistencyIndex!.Value, 8);
        Assert.Equal(0.35, geometric.GeometricConsistencyThreshold);
        Assert.True(geometric.IsGeometricallyConsistent);
        Assert.Null(eigen.GeometricConsistencyIndex);
        Assert.Null(eigen.GeometricConsistencyThreshold);
        Assert.Equal(0.31, threeByThree.GeometricConsistencyThreshold);
        Assert.Equal((0.0, 0.37), (fiveByFive.GeometricConsistencyIndex!.Value, fiveByFive.GeometricConsistencyThreshold!.Value));
    }

    [Theory]
    [InlineData(1e300)]
    [InlineData(0.001)]
    [InlineData(9.5)]
    public void Judgements_outside_saatys_scale_are_refused_unless_any_scale_is_allowed(double judgement)
    {
        var matrix = SaatyScale.FromUpperTriangle(3, (i, j) => (i, j) == (0, 1) ? judgement : 2);

        var error = Assert.Throws<ScoringInputException>(() => Ahp.Weigh(matrix));
        var allowed = Ahp.Weigh(matrix, allowAnyScale: true);

        Assert.Contains("Saaty's scale runs from 1/9 to 9", error.Message);
        Assert.Equal(1, allowed.Weights.Sum(), 12);
    }

    [Fact]
    public void Reciprocals_written_as_three_decimal_numbers_are_accepted_at_both_ends_of_the_scale()
    {
        double[,] written =
        {
            { 1, 6, 7, 9 },
            { 0.167, 1, 3, 1 },
            { 0.143, 0.333, 1, 1 / 3.0 },
            { 0.111, 1, 3, 1 },
        };
        var exact = SaatyScale.FromUpperTriangle(4, (i, j) => written[i, j]);

        var result = Ahp.Weigh(written);

        Assert.Equal(Ahp.Weigh(exact).Weights, result.Weights, (a, b) => Math.Abs(a - b) < 2e-3);
    }

    [Theory]
    [InlineData(3, 0.34)]
    [InlineData(9, 0.11)]
    [InlineData(1000, 0.0015)]
    public void A_reciprocal_further_off_than_three_decimal_rounding_is_refused(double judgement, double reciprocal)
    {
        double[,] matrix = { { 1, judgement }, { reciprocal, 1 } };

        var error = Assert.Throws<ScoringInputException>(() => Ahp.Weigh(matrix, allowAnyScale: true));

        Assert.Contains("must be reciprocal", error.Message);
    }

    [Fact]
    public void Weights_always_sum_to_one()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(2, 9);
            var matrix = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                matrix[i, i] = 1;
                for (var j = i + 1; j < n; j++)
                {
                    var judgement = random.Next(1, 10);
                    matrix[i, j] = random.Next(2) == 0 ? judgement : 1.0 / judgement;
                    matrix[j, i] = 1 / matrix[i, j];
                }
            }
            foreach (var method in Enum.GetValues<AhpMethod>())
            {
                Assert.Equal(1, Ahp.Weigh(matrix, method).Weights.Sum(), 12);
            }
        }
    }

    [Fact]
    public void Group_judgements_are_combined_by_geometric_mean_and_stay_reciprocal()
    {
        double[,] first = { { 1, 4 }, { 1 / 4.0, 1 } };
        double[,] second = { { 1, 1 }, { 1, 1 } };

        var group = Ahp.AggregateJudgements([first, second]);

        Assert.Equal(2, group[0, 1], 12);
        Assert.Equal(0.5, group[1, 0], 12);
    }

    [Theory]
    [MemberData(nameof(BadMatrices))]
    public void Unusable_matrices_are_refused_with_the_reason(double[,] matrix, string reason)
    {
        var error = Assert.Throws<ScoringInputException>(() => Ahp.Weigh(matrix));

        Assert.Contains(reason, error.Message);
    }

    public static TheoryData<double[,], string> BadMatrices() => new()
    {
        { new double[2, 3], "must be square" },
        { new double[,] { { 1, -2 }, { -0.5, 1 } }, "must be positive" },
        { new double[,] { { 1, 3 }, { 3, 1 } }, "must be reciprocal" },
    };
}
