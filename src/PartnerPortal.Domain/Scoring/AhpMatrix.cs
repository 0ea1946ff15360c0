namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// One portfolio manager's pairwise comparison of a round's criteria. Each manager keeps their own
/// matrix; the round's AHP weights come from all of them combined (AIJ).
/// </summary>
public class AhpMatrix
{
    public int RoundId { get; set; }

    /// <summary>The manager's account id.</summary>
    public required string ManagerId { get; set; }
    public required string ManagerName { get; set; }

    /// <summary>The full n × n matrix, row by row, in criterion order.</summary>
    public double[] Judgements { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }

    public int Order => (int)Math.Round(Math.Sqrt(Judgements.Length));

    public double[,] ToMatrix()
    {
        var matrix = new double[Order, Order];
        for (var i = 0; i < Judgements.Length; i++)
        {
            matrix[i / Order, i % Order] = Judgements[i];
        }
        return matrix;
    }

    public static double[] Flatten(double[,] matrix) => [.. matrix.Cast<double>()];
}
