namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>
/// What a portfolio manager decided about one pair's screening in one round: an override of the derived level
/// with its rationale, and the mitigation plan that lets a high-level pair be accepted.
/// </summary>
public class ScreeningReview
{
    public int RoundId { get; set; }
    public int CountryId { get; set; }
    public int TechnologyId { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public ScreeningLevel? OverrideLevel { get; set; }
    public string OverrideRationale { get; set; } = "";
    public string MitigationText { get; set; } = "";
    public MitigationMeasure MitigationMeasures { get; set; }

    public MitigationPlan? Mitigation =>
        MitigationText.Length == 0 && MitigationMeasures == MitigationMeasure.None ? null : new MitigationPlan(MitigationText, MitigationMeasures);

    public PairScreening Apply(PairScreening derived) =>
        OverrideLevel is { } level ? derived.OverriddenTo(level, OverrideRationale) : derived;
}
