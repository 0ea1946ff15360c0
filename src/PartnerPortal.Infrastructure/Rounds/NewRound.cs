namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>
/// What an admin gives to open a new round: who it is for, its scope, and optionally an earlier round whose
/// longlisting evidence to start from (a re-benchmarking reuses last year's evidence and updates it).
/// </summary>
public sealed record NewRound(
    string Slug, string Name, string Agency, string HomeCountryCode, string Description,
    IReadOnlyList<string> CountryCodes, IReadOnlyList<string> TechnologySlugs, string? CopyEvidenceFrom);
