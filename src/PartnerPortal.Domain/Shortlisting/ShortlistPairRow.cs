namespace PartnerPortal.Domain.Shortlisting;

/// <summary>One shortlisted technology–partner pair, as exported: names as the study's Table 6.2 writes them.</summary>
public sealed record ShortlistPairRow(string Theme, string Technology, string Country);
