namespace PartnerPortal.Domain.Framework;

/// <summary>
/// One level of a criterion's anchored 1–5 scale: what a score of that level means for this criterion, so
/// analysts score against the same words rather than their own sense of "4".
/// </summary>
public class ScaleLevel
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public int Id { get; set; }

    /// <summary>Changes on every save; a save based on an older version is refused, never silently applied.</summary>
    public uint Version { get; set; }
    public int CriterionId { get; set; }
    public int Level { get; set; }
    public required string Description { get; set; }
}
