namespace PartnerPortal.Infrastructure.Exports;

/// <summary>A shortlisted pair's mitigation plan in words: the plan's text and the toolkit's measures it takes.</summary>
public sealed record OpportunityMitigation(string Plan, IReadOnlyList<string> Measures);
