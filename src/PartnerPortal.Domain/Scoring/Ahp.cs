namespace PartnerPortal.Domain.Scoring;

/// <summary>The Analytic Hierarchy Process: criterion weights from a pairwise comparison matrix.</summary>
public static class Ahp
{
    /// <summary>Saaty's random consistency index by matrix order (index 0 unused), as in Saaty (1980, 2008).</summary>
    private static readonly double[] RandomIndex = [0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

    public const int MaximumOrder = 15;

    /// <summary>
    /// The random index RI a consistency ratio divides by, for 3 to <see cref="MaximumOrder"/> criteria; beyond
    /// n = 9 these are Saaty's extended figures (1.49 to 1.59, with the published dip at n = 12 kept as is).
    /// Below 3 criteria a matrix cannot be inconsistent and CR is 0.
    /// </summary>
    public static double RandomConsistencyIndex(int order) => order is >= 3 and <= MaximumOrder
        ? RandomIndex[order]
        : throw new ArgumentOutOfRangeException(nameof(order), order, $"The random index is tabulated for 3 to {MaximumOrder} criteria.");

    /// <param name="allowAnyScale">
    /// Accept judgements outside Saaty's 1/9–9 (a ratio of measured quantities, say); by default they are
    /// refused, because the consistency ratio's random index was simulated on that scale and means nothing off it.
    /// </param>
    public static AhpResult Weigh(double[,] matrix, AhpMethod method = AhpMethod.Eigenvector, bool allowAnyScale = false)
    {
        Validate(matrix, allowAnyScale);
        var n = matrix.GetLength(0);
        var eigenvector = PrincipalEigenvector(matrix);
        var weights = method == AhpMethod.Eigenvector ? eigenvector : RowGeometricMeans(matrix);
        // λmax, CI and CR describe the matrix, not the method that turned it into weights: (A·w)ᵢ/wᵢ averaged over
        // any other w is not A's eigenvalue (with the geometric means it reads CR up to 0.02 low near the 0.10 line).
        var lambdaMax = LambdaMax(matrix, eigenvector);
        var consistencyIndex = n > 2 ? Math.Max(0, (lambdaMax - n) / (n - 1)) : 0;
        var consistencyRatio = n > 2 ? consistencyIndex / RandomIndex[n] : 0;
        var worst = consistencyRatio > AhpResult.AcceptableConsistencyRatio ? MostInconsistent(matrix, weights) : null;
        var geometricConsistencyIndex = method == AhpMethod.GeometricMean ? GeometricConsistencyIndex(matrix, weights) : (double?)null;
        return new AhpResult(weights, lambdaMax, consistencyIndex, consistencyRatio, worst, geometricConsistencyIndex);
    }

    /// <summary>
    /// The one judgement whose change to another value on Saaty's scale lowers the consistency ratio most, and that
    /// value: every judgement above the diagonal tried at each of the scale's 17 values (n = 5: 170 eigenvalues).
    /// Not the ratio the current weights imply (wᵢ/wⱼ): those weights are pulled by the very judgement that is wrong,
    /// so for a reversed judgement they suggest only half the way back (8 judged 1/8 would be offered 1/2, and CR
    /// would stay above 0.10). Ties go to the smaller change, then to the first pair in reading order, so the same
    /// matrix always names the same judgement. Null when no single change lowers CR.
    /// </summary>
    public static AhpRevision? SuggestRevision(double[,] matrix)
    {
        Validate(matrix, allowAnyScale: true);
        var n = matrix.GetLength(0);
        var before = ConsistencyRatio(matrix);
        AhpRevision? best = null;
        var revised = (double[,])matrix.Clone();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                foreach (var (_, value, _) in SaatyScale.Judgements)
                {
                    (revised[i, j], revised[j, i]) = (value, 1 / value);
                    var after = ConsistencyRatio(revised);
                    if (after >= before - 1e-12)
                    {
                        continue;
                    }
                    if (best is null || after < best.ConsistencyRatioAfter - 1e-12
                        || (after <= best.ConsistencyRatioAfter + 1e-12 && Distance(value, matrix[i, j]) < Distance(best.Suggested, best.Current)))
                    {
                        best = new AhpRevision(i, j, matrix[i, j], value, before, after);
                    }
                }
                (revised[i, j], revised[j, i]) = (matrix[i, j], matrix[j, i]);
            }
        }
        return best;
    }

    private static double Distance(double a, double b) => Math.Abs(Math.Log(a / b));

    /// <summary>CR alone, for a matrix already validated: it depends on the matrix's principal eigenvalue only.</summary>
    private static double ConsistencyRatio(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        if (n <= 2)
        {
            return 0;
        }
        var lambdaMax = LambdaMax(matrix, PrincipalEigenvector(matrix));
        return Math.Max(0, (lambdaMax - n) / (n - 1)) / RandomIndex[n];
    }

    /// <summary>
    /// Several decision makers' matrices combined judgement by judgement with the geometric mean (AIJ),
    /// which keeps the result reciprocal (Forman and Peniwati, 1998).
    /// </summary>
    public static double[,] AggregateJudgements(IReadOnlyList<double[,]> matrices)
    {
        if (matrices.Count == 0)
        {
            throw new ScoringInputException("At least one comparison matrix is needed.");
        }
        var n = matrices[0].GetLength(0);
        foreach (var matrix in matrices)
        {
            Validate(matrix, allowAnyScale: false);
            if (matrix.GetLength(0) != n)
            {
                throw new ScoringInputException("Every comparison matrix must compare the same criteria.");
            }
        }
        var result = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var logSum = 0.0;
                foreach (var matrix in matrices)
                {
                    logSum += Math.Log(matrix[i, j]);
                }
                result[i, j] = Math.Exp(logSum / matrices.Count);
            }
        }
        return result;
    }

    /// <summary>
    /// The largest relative error in a product aᵢⱼ·aⱼᵢ that a reciprocal written with three decimals can
    /// cause (1/9 written 0.111 is 0.1 % off, 1/6 written 0.167 is 0.2 %): see <see cref="AreReciprocal"/>.
    /// </summary>
    private const double ThreeDecimalRounding = 0.0005;

    private static void Validate(double[,] matrix, bool allowAnyScale)
    {
        var n = matrix.GetLength(0);
        if (n != matrix.GetLength(1))
        {
            throw new ScoringInputException($"The comparison matrix must be square; it has {n} rows and {matrix.GetLength(1)} columns.");
        }
        if (n is < 1 or > MaximumOrder)
        {
            throw new ScoringInputException($"AHP compares 1 to {MaximumOrder} criteria; this matrix has {n}.");
        }
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var value = matrix[i, j];
                if (!double.IsFinite(value) || value <= 0)
                {
                    throw new ScoringInputException($"Entry ({i + 1},{j + 1}) is {value}; judgements must be positive numbers.");
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                if (!AreReciprocal(matrix[i, j], matrix[j, i]))
                {
                    throw new ScoringInputException($"Entries ({i + 1},{j + 1}) and ({j + 1},{i + 1}) must be reciprocal (a and 1/a); they are {matrix[i, j]} and {matrix[j, i]}.");
                }
                // Reciprocity holds, so checking the larger of the two against 9 checks the smaller against 1/9
                // too, with the same allowance for a reciprocal written 0.111.
                var (larger, row, column) = matrix[i, j] >= matrix[j, i] ? (matrix[i, j], i, j) : (matrix[j, i], j, i);
                if (!allowAnyScale && larger > SaatyScale.Maximum * (1 + 1e-12))
                {
                    throw new ScoringInputException(
                        $"Entry ({row + 1},{column + 1}) is {larger} and its reciprocal ({column + 1},{row + 1}) {matrix[column, row]}; Saaty's scale runs from 1/9 to 9.");
                }
            }
        }
    }

    /// <summary>
    /// Whether b is 1/a, allowing the smaller of the two to be the other's reciprocal rounded to three
    /// decimals (0.333 for 1/3, 0.167 for 1/6): |b − 1/a| ≤ 0.0005 is |a·b − 1| ≤ 0.0005·a for the larger a.
    /// The allowance is capped at 0.5 %, what rounding can do on Saaty's scale, so a judgement far off the
    /// scale (allowed with allowAnyScale) still needs a true reciprocal rather than one rounded to nothing.
    /// </summary>
    private static bool AreReciprocal(double a, double b)
    {
        var tolerance = Math.Min(ThreeDecimalRounding * Math.Max(a, b), ThreeDecimalRounding * SaatyScale.Maximum) + 1e-12;
        return Math.Abs(a * b - 1) <= tolerance;
    }

    /// <summary>Power iteration: a positive matrix's dominant eigenvector is positive and unique (Perron–Frobenius).</summary>
    private static double[] PrincipalEigenvector(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var vector = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                var value = 0.0;
                for (var j = 0; j < n; j++)
                {
                    value += matrix[i, j] * vector[j];
                }
                next[i] = value;
                sum += value;
            }
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                next[i] /= sum;
                change = Math.Max(change, Math.Abs(next[i] - vector[i]));
            }
            (vector, next) = (next, vector);
            if (change < 1e-15)
            {
                break;
            }
        }
        return vector;
    }

    private static double[] RowGeometricMeans(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var means = new double[n];
        for (var i = 0; i < n; i++)
        {
            var logSum = 0.0;
            for (var j = 0; j < n; j++)
            {
                logSum += Math.Log(matrix[i, j]);
            }
            means[i] = Math.Exp(logSum / n);
        }
        var total = means.Sum();
        return [.. means.Select(m => m / total)];
    }

    /// <summary>λmax as the mean of (A·w)ᵢ / wᵢ: exact for the principal eigenvector w, which is the only w it is given.</summary>
    private static double LambdaMax(double[,] matrix, double[] eigenvector)
    {
        var n = eigenvector.Length;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var row = 0.0;
            for (var j = 0; j < n; j++)
            {
                row += matrix[i, j] * eigenvector[j];
            }
            total += row / eigenvector[i];
        }
        return total / n;
    }

    /// <summary>
    /// Aguarón and Moreno-Jiménez's (2003) geometric consistency index, the measure that belongs to the row
    /// geometric mean: GCI = 2 / ((n − 1)(n − 2)) · Σᵢ&lt;ⱼ ln²(aᵢⱼ·wⱼ/wᵢ). A 2 × 2 matrix is always consistent (0).
    /// </summary>
    private static double GeometricConsistencyIndex(double[,] matrix, double[] weights)
    {
        var n = weights.Length;
        if (n < 3)
        {
            return 0;
        }
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var error = Math.Log(matrix[i, j] * weights[j] / weights[i]);
                sum += error * error;
            }
        }
        return 2 * sum / ((n - 1) * (n - 2));
    }

    /// <summary>The judgement furthest, in log ratio, from what the weights imply (Saaty's εᵢⱼ = aᵢⱼ·wⱼ/wᵢ).</summary>
    private static AhpJudgement MostInconsistent(double[,] matrix, double[] weights)
    {
        var n = weights.Length;
        var (row, column, deviation) = (0, 1, -1.0);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var error = Math.Abs(Math.Log(matrix[i, j] * weights[j] / weights[i]));
                if (error > deviation)
                {
                    (row, column, deviation) = (i, j, error);
                }
            }
        }
        return new AhpJudgement(row, column, matrix[row, column]);
    }
}
