namespace PartnerPortal.Infrastructure.Contradictions;

/// <summary>An indicator linked to a criterion, as the criterion's page lists it, and which way it argues.</summary>
public sealed record LinkedIndicator(string Code, string Name, string Unit, bool HigherValueSupportsHigherScore);
