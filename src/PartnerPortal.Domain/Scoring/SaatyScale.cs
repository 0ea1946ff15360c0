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
    public static string Nearest(double value) =>
        Judgements.MinBy(j => Math.Abs(Math.Log(j.Value) - Math.Log(value))).Text;

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
