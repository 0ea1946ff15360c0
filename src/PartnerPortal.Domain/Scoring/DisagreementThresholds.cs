namespace PartnerPortal.Domain.Scoring;

/// <summary>When analysts disagree enough to discuss: a standard deviation or a range at or above these.</summary>
public sealed record DisagreementThresholds(double StandardDeviation = 1.0, int Range = 2);
