namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>A criterion of a pair with every analyst's score and evidence on it, in the round's criterion order.</summary>
public sealed record CriterionEvidence(string CriterionCode, string CriterionName, IReadOnlyList<AnalystEvidence> Scores);
