namespace PartnerPortal.Infrastructure.Dashboard;

/// <param name="ContradictionFlags">
/// How many of the analyst's scores sit against the country data (ContradictionFinder): a calibration prompt for the
/// workshop, not a judgement of the analyst.
/// </param>
public sealed record AnalystCompletion(string Email, int Done, int InProgress, int Pairs, DateTimeOffset? LastSaved, int ContradictionFlags);
