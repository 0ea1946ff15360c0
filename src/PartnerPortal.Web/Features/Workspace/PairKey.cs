namespace PartnerPortal.Web.Features.Workspace;

/// <summary>The pair a scoring page is about, and whose scores it edits.</summary>
public sealed record PairKey(string RoundSlug, string CountryCode, string TechnologySlug, string AnalystId);
