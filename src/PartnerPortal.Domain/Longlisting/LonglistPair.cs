namespace PartnerPortal.Domain.Longlisting;

/// <summary>A longlisted country–technology pair, named as the study's Table 6.1 names it.</summary>
public sealed record LonglistPair(
    string CountryCode,
    string Country,
    string Theme,
    string TechnologySlug,
    string Technology,
    IReadOnlyList<LonglistRequirement> MetRequirements);
