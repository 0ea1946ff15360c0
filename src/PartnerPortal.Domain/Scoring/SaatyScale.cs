namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// Saaty's 1–9 scale and its reciprocals, as a manager picks a judgement: how much more the first criterion
/// matters than the second. A full reciprocal matrix is built from the judgements above the diagonal.
/// </summary>
public static class SaatyScale
{
    /// <summary>"Extremely more important": the scale's largest judgement, whose reciprocal 1/9 is its smallest.</summary>
    public const double Maximum = 9;

    /// <summary>The seventeen judgements from 9 (first extremely more important) through 1 (equal) to 1/9.</summary>
    public static readonly IReadOnlyList<(string Text, double Value, string Meaning)> Judgements =
    [
        .. new[] { 9, 8, 7, 6, 5, 4, 3, 2 }.Select(v => (v.ToString(), (double)v, $"{Meaning(v)} more important")),
        ("1", 1.0, "equally important"),
        .. new[] { 2, 3, 4, 5, 6, 7, 8, 9 }.Select(v => ($"1/{v}", 1.0 / v, $"{Meaning(v)} less important")),
    ];

    public static double? Parse(string? text) =>
        Judgements.Where(j => j.Text == text?.Trim()).Select(j => (double?)j.Value).FirstOrDefault();

    /// <summary>The scale's judgement closest to a value (on a log scale, where 3 and 1/3 are equally far from 1).</summary>
    public static string Nearest(double value) => Judgements[IndexOfNearest(value)].Text;

    /// <summary>The value of the scale's judgement closest to a value: a ratio snapped to what a manager could have said.</summary>
    public static double Snap(double value) => Judgements[IndexOfNearest(value)].Value;

    /// <summary>
    /// Where the judgement closest to a value stands in <see cref="Judgements"/>: 0 for 9 (the first criterion
    /// extremely more important), 8 for 1 (equal), 16 for 1/9. A slider from the first criterion to the second
    /// runs along these positions.
    /// </summary>
    public static int IndexOfNearest(double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A judgement is a positive ratio.");
        }
        var best = 0;
        for (var i = 1; i < Judgements.Count; i++)
        {
            if (Math.Abs(Math.Log(Judgements[i].Value / value)) < Math.Abs(Math.Log(Judgements[best].Value / value)))
            {
                best = i;
            }
        }
        return best;
    }

    /// <summary>Where "equal" stands in <see cref="Judgements"/>: the middle.</summary>
    public const int EqualIndex = 8;

    /// <summary>A reciprocal matrix: 1 on the diagonal, the judgement above it, its reciprocal below.</summary>
    public static double[,] FromUpperTriangle(int order, Func<int, int, double> judgement)
    {
        var matrix = new double[order, order];
        for (var i = 0; i < order; i++)
        {
            matrix[i, i] = 1;
            for (var j = i + 1; j < order; j++)
            {
                matrix[i, j] = judgement(i, j);
                matrix[j, i] = 1 / matrix[i, j];
            }
        }
        return matrix;
    }

    private static string Meaning(int value) => value switch
    {
        9 => "extremely",
        7 or 8 => "very strongly",
        5 or 6 => "strongly",
        3 or 4 => "moderately",
        _ => "slightly",
    };
}
