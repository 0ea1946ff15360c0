namespace PartnerPortal.Domain.Technologies;

/// <summary>One row of Table 4.1: a technology domain's long name and why it was selected.</summary>
public class TechnologyDomain
{
    public int Id { get; set; }
    public int TechnologyId { get; set; }
    public int Position { get; set; }
    public required string LongName { get; set; }
    public SelectionRationale Rationale { get; set; }
}
