namespace PartnerPortal.Infrastructure.Analysis;

public sealed record AnalysedCriterion(int Id, string Code, string Name);
