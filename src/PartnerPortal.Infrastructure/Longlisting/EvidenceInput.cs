using PartnerPortal.Domain.Longlisting;

namespace PartnerPortal.Infrastructure.Longlisting;

/// <summary>A pair's five longlisting answers with a source each, and the evidence's overall source, from the scoring page.</summary>
public sealed record EvidenceInput(
    IReadOnlyDictionary<LonglistRequirement, (RequirementStatus Status, string? Source)> Requirements, string Source, uint? ExpectedVersion);
