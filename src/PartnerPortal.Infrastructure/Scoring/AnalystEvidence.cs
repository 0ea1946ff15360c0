using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>One analyst's score of a pair on one criterion with what they based it on, and who and when.</summary>
/// <param name="Value">1–5, or null for "insufficient evidence".</param>
/// <param name="Sources">The source links or citations, one per line as the analyst gave them.</param>
public sealed record AnalystEvidence(
    string Analyst, byte? Value, Confidence Confidence, string? Note, IReadOnlyList<string> Sources, DateTimeOffset UpdatedAt, string? RevisionComment);
