namespace PartnerPortal.Domain.Countries;

public class GroupingMember
{
    public int GroupingId { get; set; }
    public int MemberId { get; set; }
    public Country? Member { get; set; }
}
