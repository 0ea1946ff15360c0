namespace PartnerPortal.Domain.Scoring;

/// <summary>TOPSIS with vector normalisation (Hwang and Yoon, 1981).</summary>
public static class Topsis
{
    public static TopsisResult Evaluate(DecisionMatrix matrix)
    {
        var (m, n) = (matrix.Alternatives, matrix.Criteria);
        var weighted = new double[m, n];
        var positive = new double[n];
        var negative = new double[n];
        for (var j = 0; j < n; j++)
        {
            var norm = Math.Sqrt(matrix.Column(j).Sum(v => v * v));
            for (var i = 0; i < m; i++)
            {
                weighted[i, j] = norm == 0 ? 0 : matrix.Weights[j] * matrix.Values[i][j] / norm;
            }
            var column = Enumerable.Range(0, m).Select(i => weighted[i, j]).ToArray();
            (positive[j], negative[j]) = matrix.Types[j] == CriterionType.Benefit ? (column.Max(), column.Min()) : (column.Min(), column.Max());
        }
        var closeness = new double[m];
        for (var i = 0; i < m; i++)
        {
            double toIdeal = 0, toAntiIdeal = 0;
            for (var j = 0; j < n; j++)
            {
                toIdeal += Math.Pow(weighted[i, j] - positive[j], 2);
                toAntiIdeal += Math.Pow(weighted[i, j] - negative[j], 2);
            }
            (toIdeal, toAntiIdeal) = (Math.Sqrt(toIdeal), Math.Sqrt(toAntiIdeal));
            // Every alternative equal on every criterion: none is closer to the ideal than another.
            closeness[i] = toIdeal + toAntiIdeal == 0 ? 0.5 : toAntiIdeal / (toIdeal + toAntiIdeal);
        }
        return new TopsisResult(closeness, positive, negative);
    }
}
