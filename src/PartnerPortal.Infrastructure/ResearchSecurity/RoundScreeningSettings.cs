using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>A round's research-security rules, edited apart from its scoring rules; <see cref="Version"/> is the round's.</summary>
public sealed record RoundScreeningSettings(ScreeningMatrix Rule, bool RequireMitigationForHigh, HighLevelPairPolicy HighLevelPairs, uint Version);
