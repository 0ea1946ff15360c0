using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// One rule applied to the data: the rule in words, the indicator it reads, the year it chose (none when no
/// year has enough countries) and the statements it makes, each with the country's name.
/// </summary>
public sealed record RuleOutcome(StatementRule Rule, string Description, int? Year, int CountriesReporting, IReadOnlyList<(DerivedStatement Statement, string CountryCode, string CountryName)> Statements);
