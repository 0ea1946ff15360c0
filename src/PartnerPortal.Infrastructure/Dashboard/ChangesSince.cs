namespace PartnerPortal.Infrastructure.Dashboard;

/// <summary>What happened in a round since a moment: scores saved (by analyst) and named changes from the audit log.</summary>
public sealed record ChangesSince(
    DateTimeOffset? Since, IReadOnlyDictionary<string, int> ScoresByAnalyst, IReadOnlyList<(DateTimeOffset At, string Actor, string What)> Events);
