namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>A shortlisted technology–partner pair with what the managers recorded about it, as the exports and the Table 6.2 page show it.</summary>
public sealed record OpportunityRow(
    string Theme, string Technology, string Country, string CountryCode, string TechnologySlug,
    string ValueCapture, string Instruments, string Principles)
{
    public bool HasDetails => ValueCapture.Length > 0 || Instruments.Length > 0 || Principles.Length > 0;
}
