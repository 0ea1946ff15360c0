namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// How robust a longlisted pair's place is to the weights: the share of draws in which the shortlist
/// proposal keeps it, and the 5th–95th percentile of its rank among the longlisted pairs.
/// </summary>
public sealed record PairSensitivity(int Pair, double ProbabilityInProposal, int RankPercentile5, int RankPercentile95);
