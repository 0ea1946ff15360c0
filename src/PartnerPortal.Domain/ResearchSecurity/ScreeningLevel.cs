namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>How much care a country–technology pair needs before cooperation: open, modulated, or safeguarded.</summary>
public enum ScreeningLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}
