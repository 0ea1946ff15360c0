namespace PartnerPortal.Infrastructure.Analysis;

public sealed record AnalysedTechnology(int Id, string Slug, string Name, int ThemeId, string Theme);
