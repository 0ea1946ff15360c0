namespace PartnerPortal.Infrastructure.Workspace;

/// <summary>How far one analyst is with one pair: no criterion scored, some, or all of them.</summary>
public enum PairProgress
{
    NotStarted,
    InProgress,
    Done,
}
