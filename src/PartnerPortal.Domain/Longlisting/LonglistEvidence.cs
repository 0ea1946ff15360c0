using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Technologies;

namespace PartnerPortal.Domain.Longlisting;

/// <summary>
/// For one country–technology pair in a round, whether each of the five longlisting requirements of
/// the study's Section 6 is met.
/// </summary>
public class LonglistEvidence
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public int RoundId { get; set; }
    public int CountryId { get; set; }
    public Country? Country { get; set; }
    public int TechnologyId { get; set; }
    public Technology? Technology { get; set; }
    public RequirementStatus NationalPriority { get; set; }
    public RequirementStatus ResearchPriority { get; set; }
    public RequirementStatus InnovationInitiatives { get; set; }
    public RequirementStatus InternationalProgrammes { get; set; }
    public RequirementStatus HomeTrackRecord { get; set; }

    /// <summary>True when the evidence was inferred from a published longlist rather than gathered by an analyst.</summary>
    public bool IsReconstructed { get; set; }
    public required string Source { get; set; }

    public RequirementStatus StatusOf(LonglistRequirement requirement) => requirement switch
    {
        LonglistRequirement.NationalPriority => NationalPriority,
        LonglistRequirement.ResearchPriority => ResearchPriority,
        LonglistRequirement.InnovationInitiatives => InnovationInitiatives,
        LonglistRequirement.InternationalProgrammes => InternationalProgrammes,
        LonglistRequirement.HomeTrackRecord => HomeTrackRecord,
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, null),
    };
}
