namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>How sensitive a technology is for research security, derived from its tags (<see cref="TechnologySensitivity.Level"/>).</summary>
public enum SensitivityLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}
