namespace PartnerPortal.Web.Features.Shortlisting;

/// <summary>How one longlisted pair fares when the weights are perturbed: how often the proposal keeps it, and its rank range.</summary>
public sealed record SensitivityRow(string Name, string CountryCode, string TechnologySlug, bool Proposed, double Kept, int RankLow, int RankHigh);
