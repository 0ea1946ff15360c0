namespace PartnerPortal.Domain.Shortlisting;

/// <summary>A row of the study's Table 6.2: theme, technology, its partners and the rationale bullets.</summary>
public sealed record ShortlistTableRow(
    string Theme,
    string TechnologySlug,
    string Technology,
    string Description,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Rationale)
{
    /// <summary>The partners as the study lists them: "The EU, the US, Canada…".</summary>
    public string PartnerList => string.Join(", ", Partners);

    public IEnumerable<ShortlistPairRow> Pairs() => Partners.Select(partner => new ShortlistPairRow(Theme, Technology, partner));
}
