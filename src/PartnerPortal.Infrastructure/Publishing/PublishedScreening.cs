using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.Publishing;

/// <summary>
/// What a published round's screening was derived from: its technologies' sensitivity (untagged ones absent) and its
/// partners' risk with the home country (unassessed ones absent), by id. The rule and the managers' reviews are the
/// round's own and cannot change after publication; these are shared and can, so they are kept.
/// </summary>
public sealed record PublishedScreening(IReadOnlyDictionary<int, SensitivityLevel> TechnologySensitivity, IReadOnlyDictionary<int, CountryRiskLevel> CountryRisk);
