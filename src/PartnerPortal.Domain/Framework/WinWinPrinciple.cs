namespace PartnerPortal.Domain.Framework;

/// <summary>A principle for mutually beneficial collaboration (study Section 2.3).</summary>
public class WinWinPrinciple
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
}
