using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>A technology's seeded research-security tagging, by the technology's slug (ids exist only once seeded).</summary>
public sealed record SensitivitySeed(string TechnologySlug, TechnologySensitivity Sensitivity);
