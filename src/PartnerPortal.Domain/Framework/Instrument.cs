namespace PartnerPortal.Domain.Framework;

/// <summary>A policy instrument for collaboration (study Section 2.2 and the MLE scoping paper's six types).</summary>
public class Instrument
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string Source { get; set; }
}
