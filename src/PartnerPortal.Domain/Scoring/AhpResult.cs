namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// AHP weights with Saaty's consistency measures. When the consistency ratio exceeds 0.10 the judgement
/// that deviates most from the derived weights is named, so the manager knows which comparison to revisit.
/// </summary>
public sealed record AhpResult(
    IReadOnlyList<double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double ConsistencyRatio,
    AhpJudgement? MostInconsistentJudgement)
{
    public const double AcceptableConsistencyRatio = 0.10;

    public bool IsAcceptablyConsistent => ConsistencyRatio <= AcceptableConsistencyRatio;
}
