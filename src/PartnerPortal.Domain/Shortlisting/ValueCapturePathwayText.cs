namespace PartnerPortal.Domain.Shortlisting;

/// <summary>Each pathway's name and what capturing value through it looks like (study Table 7.1, value-capture column).</summary>
public static class ValueCapturePathwayText
{
    public static readonly IReadOnlyList<(ValueCapturePathway Pathway, string Name, string Capture)> All =
    [
        (ValueCapturePathway.WorkforceAndSkills, "Workforce and skills", "Effective industry application of new technology; increased competitiveness as an industrial location"),
        (ValueCapturePathway.SupplyChain, "Supply chain", "Adoption of new technologies across the supply chain; domestic development of new products, processes and business models; industrial jobs"),
        (ValueCapturePathway.ManufacturingProcess, "Manufacturing process", "New know-how embedded in production processes; manufacturing IP; efficiency, sustainability and scale"),
        (ValueCapturePathway.Technology, "Technology", "Technology patenting and licensing; generation of R&D jobs"),
    ];

    public static string Describe(ValueCapturePathway pathways) =>
        string.Join("; ", All.Where(p => pathways.HasFlag(p.Pathway)).Select(p => p.Name));
}
