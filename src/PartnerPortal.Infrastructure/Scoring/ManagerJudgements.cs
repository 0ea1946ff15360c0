using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>One manager's AHP matrix for a round and what it alone would give.</summary>
public sealed record ManagerJudgements(string ManagerId, string ManagerName, double[,] Matrix, AhpResult Result, DateTimeOffset UpdatedAt);
