namespace PartnerPortal.Domain.Shortlisting;

/// <summary>One bullet of a shortlisted technology's rationale.</summary>
public class ShortlistRationale
{
    public int Id { get; set; }
    public int ShortlistEntryId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
}
