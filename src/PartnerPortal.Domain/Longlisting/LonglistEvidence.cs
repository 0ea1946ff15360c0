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

    /// <summary>Where each requirement's answer comes from (a link or a citation), when the analyst gave one.</summary>
    public string? NationalPrioritySource { get; set; }
    public string? ResearchPrioritySource { get; set; }
    public string? InnovationInitiativesSource { get; set; }
    public string? InternationalProgrammesSource { get; set; }
    public string? HomeTrackRecordSource { get; set; }

    /// <summary>True when the evidence was inferred from a published longlist rather than gathered by an analyst.</summary>
    public bool IsReconstructed { get; set; }
    /// <summary>The evidence as a whole: where it was gathered, or how it was reconstructed.</summary>
    public required string Source { get; set; }

    public string? SourceOf(LonglistRequirement requirement) => requirement switch
    {
        LonglistRequirement.NationalPriority => NationalPrioritySource,
        LonglistRequirement.ResearchPriority => ResearchPrioritySource,
        LonglistRequirement.InnovationInitiatives => InnovationInitiativesSource,
        LonglistRequirement.InternationalProgrammes => InternationalProgrammesSource,
        LonglistRequirement.HomeTrackRecord => HomeTrackRecordSource,
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, null),
    };

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
