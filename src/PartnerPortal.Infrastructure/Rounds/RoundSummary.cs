using PartnerPortal.Domain.Rounds;

namespace PartnerPortal.Infrastructure.Rounds;

public sealed record RoundSummary(
    int Id,
    string Slug,
    string Name,
    string Agency,
    string HomeCountry,
    RoundStatus Status,
    DateOnly? PublishedOn,
    string Description,
    int CountryCount,
    int TechnologyCount,
    RoundOrigin Origin);
