namespace PartnerPortal.Infrastructure.Exports;

/// <summary>How an accepted opportunity meets one win-win principle: "met", "at risk" or "unknown", with the manager's note.</summary>
public sealed record OpportunityPrinciple(string Principle, string Status, string? Note);
