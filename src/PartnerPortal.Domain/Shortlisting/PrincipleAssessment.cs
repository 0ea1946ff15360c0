namespace PartnerPortal.Domain.Shortlisting;

/// <summary>How a shortlisted opportunity meets one win-win principle (reciprocity, transparency…), with the manager's note.</summary>
public class PrincipleAssessment
{
    public int Id { get; set; }
    public int ShortlistPartnerId { get; set; }
    public int PrincipleId { get; set; }
    public PrincipleStatus Status { get; set; }
    public string? Note { get; set; }
}
