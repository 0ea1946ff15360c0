namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// AHP weights with Saaty's consistency measures, which belong to the matrix (its principal eigenvalue)
/// whichever method derived the weights. When the consistency ratio exceeds 0.10 the judgement that deviates
/// most from the derived weights is named, so the manager knows which comparison to revisit. With the row
/// geometric mean the geometric consistency index (GCI) is given too, the measure made for that method.
/// </summary>
public sealed record AhpResult(
    IReadOnlyList<double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double ConsistencyRatio,
    AhpJudgement? MostInconsistentJudgement,
    double? GeometricConsistencyIndex = null)
{
    public const double AcceptableConsistencyRatio = 0.10;

    public bool IsAcceptablyConsistent => ConsistencyRatio <= AcceptableConsistencyRatio;

    /// <summary>
    /// Aguarón and Moreno-Jiménez's (2003) thresholds for the GCI, which match a consistency ratio of 0.10:
    /// 0.31 for three criteria, 0.35 for four, 0.37 for more. Null when no GCI was computed.
    /// </summary>
    public double? GeometricConsistencyThreshold => GeometricConsistencyIndex is null ? null : Weights.Count switch
    {
        <= 3 => 0.31,
        4 => 0.35,
        _ => 0.37,
    };

    public bool? IsGeometricallyConsistent => GeometricConsistencyIndex is { } gci ? gci <= GeometricConsistencyThreshold : null;
}
