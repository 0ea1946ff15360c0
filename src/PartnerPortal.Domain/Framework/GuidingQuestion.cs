namespace PartnerPortal.Domain.Framework;

public class GuidingQuestion
{
    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public int CriterionId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
}
