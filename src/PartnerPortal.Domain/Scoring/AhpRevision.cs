namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// One judgement worth revisiting: row's criterion against column's, as judged (<see cref="Current"/>), the value on
/// Saaty's scale the other judgements imply (<see cref="Suggested"/>), and the consistency ratio before and after
/// that one change.
/// </summary>
public sealed record AhpRevision(int Row, int Column, double Current, double Suggested, double ConsistencyRatioBefore, double ConsistencyRatioAfter);
