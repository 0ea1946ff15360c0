namespace PartnerPortal.Domain.Longlisting;

/// <summary>
/// The study's longlisting rule: a pair is longlisted when it meets the required number of the five
/// Section 6 requirements. The study demands all five; a round may relax that.
/// </summary>
public sealed record LonglistRule(int RequiredCount = 5)
{
    public static readonly LonglistRule Study = new();

    public bool IsLonglisted(LonglistEvidence evidence) => MetRequirements(evidence).Count >= RequiredCount;

    public IReadOnlyList<LonglistRequirement> MetRequirements(LonglistEvidence evidence) =>
        Enum.GetValues<LonglistRequirement>()
            .Where(requirement => evidence.StatusOf(requirement) == RequirementStatus.Yes)
            .ToList();
}
