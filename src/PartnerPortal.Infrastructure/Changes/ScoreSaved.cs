namespace PartnerPortal.Infrastructure.Changes;

/// <summary>One committed score save, as announced to every instance: which round and pair, and whose score.</summary>
public sealed record ScoreSaved(string RoundSlug, string CountryCode, string TechnologySlug, string CriterionCode, string AnalystId);
