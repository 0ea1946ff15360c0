namespace PartnerPortal.Domain.Framework;

public class MotivationItem
{
    public int Id { get; set; }
    public int MotivationId { get; set; }
    public int Position { get; set; }
    public MotivationItemKind Kind { get; set; }
    public required string Text { get; set; }
}
