namespace PartnerPortal.Domain.Longlisting;

/// <summary>The five requirements a pair must meet to be longlisted (study Section 6).</summary>
public enum LonglistRequirement
{
    NationalPriority,
    ResearchPriority,
    InnovationInitiatives,
    InternationalProgrammes,
    HomeTrackRecord,
}
