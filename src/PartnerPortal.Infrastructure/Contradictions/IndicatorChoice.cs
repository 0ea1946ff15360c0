namespace PartnerPortal.Infrastructure.Contradictions;

/// <summary>An indicator an admin can link to a criterion, and whether a higher value means a stronger partner.</summary>
public sealed record IndicatorChoice(string Code, string Name, bool HigherIsBetter);
