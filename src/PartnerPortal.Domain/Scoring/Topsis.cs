namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// TOPSIS with vector normalisation (Hwang and Yoon, 1981). Conventions where the method is silent: an
/// alternative at distance 0 from both ideals gets closeness 0.5; a column of zeros contributes nothing.
/// </summary>
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
            // Squaring raw values overflows from about 1e154 (a column of 1e200s had an infinite norm and silently
            // dropped out) and underflows below about 1e-162 (1e-170s had a zero norm, which could reverse a rank).
            // Dividing by the largest magnitude first keeps every square in [0, 1] and the norm in [1, √m]; the
            // normalised values xᵢⱼ / ‖x‖ are the same. A column of zeros separates no one and contributes nothing.
            var largest = 0.0;
            for (var i = 0; i < m; i++)
            {
                largest = Math.Max(largest, Math.Abs(matrix.Values[i][j]));
            }
            var sumOfSquares = 0.0;
            for (var i = 0; i < m; i++)
            {
                var scaled = largest == 0 ? 0 : matrix.Values[i][j] / largest;
                sumOfSquares += scaled * scaled;
            }
            var norm = Math.Sqrt(sumOfSquares);
            for (var i = 0; i < m; i++)
            {
                weighted[i, j] = largest == 0 ? 0 : matrix.Weights[j] * (matrix.Values[i][j] / largest) / norm;
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
            // At distance 0 from both ideals (every alternative equal on every criterion that counts), none is
            // closer to the ideal than another: 0.5, the middle, rather than 0/0.
            closeness[i] = toIdeal + toAntiIdeal == 0 ? 0.5 : toAntiIdeal / (toIdeal + toAntiIdeal);
        }
        return new TopsisResult(closeness, positive, negative);
    }
}
