namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>
/// The measures of the Commission's toolkit on tackling foreign interference in research and innovation that a
/// mitigation plan can commit to. Stored as flags: never renumber.
/// </summary>
[Flags]
public enum MitigationMeasure
{
    None = 0,
    PartnerDueDiligence = 1,
    IpAndDataAgreements = 2,
    RestrictedWorkPackages = 4,
    ExportControlCheck = 8,
    SecurityTraining = 16,
}
