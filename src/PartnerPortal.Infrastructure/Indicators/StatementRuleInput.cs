using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>A statement rule as an admin writes it, with the version it was read at (0 for a new one).</summary>
public sealed record StatementRuleInput(string Statement, string IndicatorCode, StatementRuleKind Kind, double? Threshold, int? MinimumCountries, uint Version);
