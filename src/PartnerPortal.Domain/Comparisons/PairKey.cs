namespace PartnerPortal.Domain.Comparisons;

/// <summary>A country–technology pair by its stable codes, so pairs can be matched across rounds.</summary>
public readonly record struct PairKey(string CountryCode, string TechnologySlug);
