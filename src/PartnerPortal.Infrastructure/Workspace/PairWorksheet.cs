using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Workspace;

/// <summary>
/// Everything an analyst needs to score one pair, and where to go next; <paramref name="SeesGroup"/> once they
/// have given every criterion a 1–5 score (or the round is published): the group's spread is then filled in.
/// <paramref name="Screening"/> is the pair's research-security screening, shown beside feasibility while scoring.
/// </summary>
public sealed record PairWorksheet(
    string RoundSlug, string RoundName, RoundStatus Status,
    Country Country, Technology Technology, IReadOnlyList<CriterionSheet> Criteria, bool SeesGroup,
    LonglistEvidence? Evidence, (string Country, string Technology)? Previous, (string Country, string Technology)? Next,
    PairScreening Screening);
