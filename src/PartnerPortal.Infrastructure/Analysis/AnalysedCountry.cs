namespace PartnerPortal.Infrastructure.Analysis;

public sealed record AnalysedCountry(int Id, string Code, string Name, string StudyName, string Region, bool IsEmerging);
