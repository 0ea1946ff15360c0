using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>
/// A technology's research-security tagging as an admin edits it, with the version it was read at (0 while the
/// technology has never been tagged: no row is the same answer as an untagged technology, Low).
/// </summary>
public sealed record TechnologySensitivityDetails(
    string TechnologySlug, IReadOnlyList<CriticalTechnologyArea> Areas, bool DualUse, string Note, string Source, uint Version)
{
    public SensitivityLevel Level => TechnologySensitivity.LevelOf(Areas, DualUse);

    /// <summary>Whether the tagging claims anything (an area or dual use): a claim needs a source.</summary>
    public bool IsTagged => DualUse || Areas.Count > 0;
}
