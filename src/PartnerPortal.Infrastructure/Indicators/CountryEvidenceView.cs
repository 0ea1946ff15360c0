using PartnerPortal.Domain.Indicators;

namespace PartnerPortal.Infrastructure.Indicators;

public sealed record CountryEvidenceView(IReadOnlyList<IndicatorFact> Facts, IReadOnlyList<(RuleOutcome Rule, DerivedStatement Statement)> Statements);
