namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>
/// The ten critical technology areas of the European Commission's Recommendation of 3 October 2023
/// (C(2023) 6689) on areas critical for the EU's economic security. The numbers are stored: never renumber.
/// </summary>
public enum CriticalTechnologyArea
{
    AdvancedSemiconductors = 1,
    ArtificialIntelligence = 2,
    Quantum = 3,
    Biotechnologies = 4,
    AdvancedConnectivity = 5,
    AdvancedSensing = 6,
    SpaceAndPropulsion = 7,
    Energy = 8,
    RoboticsAndAutonomousSystems = 9,
    AdvancedMaterials = 10,
}
