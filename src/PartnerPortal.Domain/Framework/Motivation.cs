namespace PartnerPortal.Domain.Framework;

/// <summary>A reason governments pursue international R&amp;I collaboration (study Table 2.1).</summary>
public class Motivation
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public List<MotivationItem> Items { get; set; } = [];
}
