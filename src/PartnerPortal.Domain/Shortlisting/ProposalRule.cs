namespace PartnerPortal.Domain.Shortlisting;

/// <summary>Which of the round's portfolio rules brought a pair into the proposal.</summary>
public enum ProposalRule
{
    /// <summary>Among the best-scoring longlisted partners of a chosen technology, within the per-technology and per-country caps.</summary>
    BestScoring,

    /// <summary>Swapped in because the portfolio must include an emerging partner.</summary>
    EmergingPartner,

    /// <summary>Swapped in because the portfolio must span a minimum number of world regions.</summary>
    RegionSpread,
}
