namespace PartnerPortal.Infrastructure.Dashboard;

public sealed record AnalystCompletion(string Email, int Done, int InProgress, int Pairs, DateTimeOffset? LastSaved);
