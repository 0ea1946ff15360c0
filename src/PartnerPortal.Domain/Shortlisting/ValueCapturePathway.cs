namespace PartnerPortal.Domain.Shortlisting;

/// <summary>The study's Table 7.1 perspectives through which the home country captures value from a collaboration.</summary>
[Flags]
public enum ValueCapturePathway
{
    None = 0,
    WorkforceAndSkills = 1,
    SupplyChain = 2,
    ManufacturingProcess = 4,
    Technology = 8,
}
