using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Web.Features.Shortlisting;

/// <summary>A proposed pair as the proposal grid shows it: who and what by name, why it is proposed, and its decision.</summary>
public sealed record ProposalRow(
    string CountryCode, string CountryName, bool IsEmerging, string TechnologySlug, string TechnologyName, string Theme,
    double Index, int RankInTechnology, string Reason, PairDecision? Decision, PairSensitivity? Sensitivity, PairScreening Screening)
{
    public string Name => $"{CountryName} – {TechnologyName}";

    public DecisionTarget Target => new(CountryCode, TechnologySlug, Decision?.Version);
}
