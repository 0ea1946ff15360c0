using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Web.Features.Shortlisting;

/// <summary>A decision on a pair the proposal did not put forward (added in a workshop, or a grouping narrowed to members).</summary>
public sealed record OtherDecisionRow(string TechnologyName, string PartnerName, bool OnLonglist, PairDecision Decision)
{
    public string Name => $"{PartnerName} – {TechnologyName}";

    /// <summary>A grouping narrowed to named members (the study's "the EU (France, Germany)") is the study's record, not editable here.</summary>
    public bool IsStudyRecord => Decision.Qualifier is not null;
}
