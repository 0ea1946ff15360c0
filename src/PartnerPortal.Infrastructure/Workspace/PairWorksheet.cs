using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Infrastructure.Workspace;

/// <summary>Everything an analyst needs to score one pair, and where to go next.</summary>
public sealed record PairWorksheet(
    string RoundSlug, string RoundName, RoundStatus Status,
    Country Country, Technology Technology, IReadOnlyList<CriterionSheet> Criteria, bool Submitted,
    LonglistEvidence? Evidence, (string Country, string Technology)? Previous, (string Country, string Technology)? Next);
