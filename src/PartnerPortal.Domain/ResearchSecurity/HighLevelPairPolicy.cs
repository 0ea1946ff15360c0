namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>What a round's shortlist proposal does with pairs screened High.</summary>
public enum HighLevelPairPolicy
{
    /// <summary>Proposed as usual and marked, so the manager decides with the screening in view.</summary>
    Flag = 0,

    /// <summary>Left out of the proposal; a manager may still add one by hand (with a mitigation plan where required).</summary>
    Exclude = 1,
}
