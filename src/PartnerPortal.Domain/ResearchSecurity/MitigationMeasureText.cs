namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>Each of the toolkit's mitigation measures in the words the review dialog, exports, the report and the audit log use.</summary>
public static class MitigationMeasureText
{
    /// <summary>In the toolkit's order.</summary>
    public static readonly IReadOnlyList<(MitigationMeasure Measure, string Name)> All =
    [
        (MitigationMeasure.PartnerDueDiligence, "Due diligence on the partner"),
        (MitigationMeasure.IpAndDataAgreements, "IP and data-sharing agreements"),
        (MitigationMeasure.RestrictedWorkPackages, "Restricted work packages"),
        (MitigationMeasure.ExportControlCheck, "Export-control check"),
        (MitigationMeasure.SecurityTraining, "Security training for the team"),
    ];

    public static IReadOnlyList<string> Names(MitigationMeasure measures) =>
        [.. All.Where(m => measures.HasFlag(m.Measure)).Select(m => m.Name)];

    /// <summary>The measures' names inside a sentence: lower case, except an abbreviation such as "IP".</summary>
    public static IReadOnlyList<string> InSentence(MitigationMeasure measures) =>
        [.. Names(measures).Select(name => name.Length > 1 && char.IsUpper(name[1]) ? name : char.ToLowerInvariant(name[0]) + name[1..])];
}
