namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>What the Recommendation calls each area, and which of them it singles out as the most likely to carry risk.</summary>
public static class CriticalTechnologyAreas
{
    public static IReadOnlyList<CriticalTechnologyArea> All { get; } = Enum.GetValues<CriticalTechnologyArea>();

    /// <summary>
    /// The four areas the Recommendation proposes to assess first, "considered highly likely to present the most
    /// sensitive and immediate risks related to technology security and technology leakage".
    /// </summary>
    public static IReadOnlySet<CriticalTechnologyArea> HighestRisk { get; } = new HashSet<CriticalTechnologyArea>
    {
        CriticalTechnologyArea.AdvancedSemiconductors,
        CriticalTechnologyArea.ArtificialIntelligence,
        CriticalTechnologyArea.Quantum,
        CriticalTechnologyArea.Biotechnologies,
    };

    public static string Name(CriticalTechnologyArea area) => area switch
    {
        CriticalTechnologyArea.AdvancedSemiconductors => "Advanced semiconductors",
        CriticalTechnologyArea.ArtificialIntelligence => "Artificial intelligence",
        CriticalTechnologyArea.Quantum => "Quantum",
        CriticalTechnologyArea.Biotechnologies => "Biotechnologies",
        CriticalTechnologyArea.AdvancedConnectivity => "Advanced connectivity, navigation and digital",
        CriticalTechnologyArea.AdvancedSensing => "Advanced sensing",
        CriticalTechnologyArea.SpaceAndPropulsion => "Space and propulsion",
        CriticalTechnologyArea.Energy => "Energy",
        CriticalTechnologyArea.RoboticsAndAutonomousSystems => "Robotics and autonomous systems",
        CriticalTechnologyArea.AdvancedMaterials => "Advanced materials, manufacturing and recycling",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not one of the ten critical technology areas."),
    };
}
