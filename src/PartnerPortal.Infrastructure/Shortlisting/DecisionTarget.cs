namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>One pair a decision is for, with the version of its decision the manager saw (null when there was none).</summary>
public sealed record DecisionTarget(string CountryCode, string TechnologySlug, uint? ExpectedVersion);
