using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>What a manager sets on a pair's screening: an override (or none) with its rationale, and the mitigation plan.</summary>
public sealed record ScreeningReviewInput(ScreeningLevel? OverrideLevel, string OverrideRationale, string MitigationText, MitigationMeasure MitigationMeasures);
