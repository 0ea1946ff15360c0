namespace PartnerPortal.Domain.Longlisting;

/// <summary>The longlisting verdict for one pair, with what it rests on, in words a manager can check.</summary>
public sealed record LonglistDecision(bool IsLonglisted, IReadOnlyList<LonglistRequirement> MetRequirements, double? Index, string Reason);
