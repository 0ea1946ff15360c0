namespace PartnerPortal.Infrastructure.Framework;

/// <summary>A criterion's editable text — name, definition, guiding questions, the five scale levels — and the version it was read at.</summary>
public sealed record CriterionText(string Code, string Name, string Definition, IReadOnlyList<string> Questions, IReadOnlyList<string> Scale, uint Version);
