namespace PartnerPortal.Domain.Indicators;

/// <summary>One file imported: what it was, who brought it, and what it changed.</summary>
public class IndicatorImport
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    public required string Format { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
}
