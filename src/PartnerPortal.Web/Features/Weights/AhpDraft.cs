using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Web.Features.Weights;

/// <summary>
/// A manager's pairwise judgements as the sliders hold them: for each pair above the diagonal, a position in
/// <see cref="SaatyScale.Judgements"/> (0: the first criterion extremely more important, 8: equal, 16: the second
/// extremely more important). The weights and consistency they give come from the domain's <see cref="Ahp"/>.
/// </summary>
public sealed class AhpDraft
{
    private readonly int[,] _positions;

    /// <param name="matrix">The manager's stored matrix, or null to start from "equal" everywhere.</param>
    public AhpDraft(int order, double[,]? matrix, AhpMethod method)
    {
        (Order, Method, _positions) = (order, method, new int[order, order]);
        for (var i = 0; i < order; i++)
        {
            for (var j = i + 1; j < order; j++)
            {
                _positions[i, j] = matrix is null ? SaatyScale.EqualIndex : SaatyScale.IndexOfNearest(matrix[i, j]);
            }
        }
    }

    public int Order { get; }

    public AhpMethod Method { get; set; }

    /// <summary>The slider's position for the row's criterion against the column's (row before column).</summary>
    public int this[int row, int column]
    {
        get => _positions[row, column];
        set => _positions[row, column] = Math.Clamp(value, 0, SaatyScale.Judgements.Count - 1);
    }

    /// <summary>Every pair once, in reading order: the first criterion against each later one, then the second…</summary>
    public IEnumerable<(int Row, int Column)> Pairs
    {
        get
        {
            for (var i = 0; i < Order; i++)
            {
                for (var j = i + 1; j < Order; j++)
                {
                    yield return (i, j);
                }
            }
        }
    }

    public double[,] Matrix() => SaatyScale.FromUpperTriangle(Order, (i, j) => SaatyScale.Judgements[_positions[i, j]].Value);
}
