namespace PartnerPortal.Domain.Framework;

public class GuidingQuestion
{
    public int Id { get; set; }
    public int CriterionId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
}
