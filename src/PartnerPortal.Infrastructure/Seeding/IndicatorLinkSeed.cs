namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>A seeded link from a criterion to an indicator that bears on it, by their codes.</summary>
public sealed record IndicatorLinkSeed(string CriterionCode, string IndicatorCode, bool HigherValueSupportsHigherScore);
