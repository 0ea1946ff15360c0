namespace PartnerPortal.Infrastructure.Framework;

/// <summary>A criterion's editable text and the version it was read at.</summary>
public sealed record CriterionText(string Code, string Name, string Definition, uint Version);
