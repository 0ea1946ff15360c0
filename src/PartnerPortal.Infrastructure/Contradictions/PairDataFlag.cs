namespace PartnerPortal.Infrastructure.Contradictions;

/// <summary>One score on a pair's page that sits against the country data: the criterion, the score and the indicator that says so.</summary>
public sealed record PairDataFlag(string CriterionName, byte Score, DataContradiction Evidence);
