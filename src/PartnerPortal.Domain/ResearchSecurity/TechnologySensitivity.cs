namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>
/// An admin's judgement of what a technology touches: the critical technology areas and whether it is relevant
/// to dual use or export control, with the note and source that justify it.
/// </summary>
public class TechnologySensitivity
{
    public int TechnologyId { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public List<CriticalTechnologyArea> Areas { get; set; } = [];
    public bool DualUse { get; set; }
    public string Note { get; set; } = "";
    public string Source { get; set; } = "";

    /// <summary>
    /// High for dual-use or export-controlled work and for the four areas the Recommendation ranks most sensitive;
    /// Medium for the other critical areas; Low for a technology that touches none.
    /// </summary>
    public SensitivityLevel Level => LevelOf(Areas, DualUse);

    public static SensitivityLevel LevelOf(IEnumerable<CriticalTechnologyArea> areas, bool dualUse)
    {
        var list = areas as ICollection<CriticalTechnologyArea> ?? [.. areas];
        if (dualUse || list.Any(CriticalTechnologyAreas.HighestRisk.Contains))
        {
            return SensitivityLevel.High;
        }
        return list.Count > 0 ? SensitivityLevel.Medium : SensitivityLevel.Low;
    }
}
