namespace PartnerPortal.Domain.Longlisting;

public static class LonglistRequirementText
{
    public static string Describe(LonglistRequirement requirement) => requirement switch
    {
        LonglistRequirement.NationalPriority => "The technology is a national priority in the partner country",
        LonglistRequirement.ResearchPriority => "The technology is a research priority in the partner country",
        LonglistRequirement.InnovationInitiatives => "The partner country has national innovation initiatives in the technology",
        LonglistRequirement.InternationalProgrammes => "The partner country already runs international collaboration programmes in the area",
        LonglistRequirement.HomeTrackRecord => "The partner country has a track record of collaboration with the home country in this or related areas",
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, null),
    };
}
