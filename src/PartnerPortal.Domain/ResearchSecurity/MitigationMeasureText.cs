namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>Each of the toolkit's mitigation measures in the words forms, exports and the report use.</summary>
public static class MitigationMeasureText
{
    public static readonly IReadOnlyList<(MitigationMeasure Measure, string Name)> All =
    [
        (MitigationMeasure.PartnerDueDiligence, "Due diligence on the partner"),
        (MitigationMeasure.IpAndDataAgreements, "IP and data agreements"),
        (MitigationMeasure.RestrictedWorkPackages, "Restricted work packages"),
        (MitigationMeasure.ExportControlCheck, "Export-control check"),
        (MitigationMeasure.SecurityTraining, "Security training"),
    ];

    public static IReadOnlyList<string> Names(MitigationMeasure measures) =>
        [.. All.Where(m => measures.HasFlag(m.Measure)).Select(m => m.Name)];
}
