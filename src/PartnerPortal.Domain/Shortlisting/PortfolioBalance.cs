namespace PartnerPortal.Domain.Shortlisting;

/// <summary>
/// How balanced a shortlist is, in the study's terms: themes and technologies covered, world regions,
/// established against emerging partners, and how many opportunities each country carries.
/// </summary>
public sealed record PortfolioBalance(
    int Opportunities,
    IReadOnlyList<string> Themes,
    int Technologies,
    IReadOnlyList<(string Region, int Opportunities)> Regions,
    int EstablishedOpportunities,
    int EmergingOpportunities,
    IReadOnlyList<(string Country, int Opportunities)> PerCountry)
{
    public static PortfolioBalance Of(IReadOnlyList<BalanceItem> opportunities) => new(
        opportunities.Count,
        [.. opportunities.Select(o => o.Theme).Distinct().Order()],
        opportunities.Select(o => o.Technology).Distinct().Count(),
        [.. opportunities.GroupBy(o => o.Region).Select(g => (g.Key, g.Count())).OrderByDescending(r => r.Item2).ThenBy(r => r.Key)],
        opportunities.Count(o => !o.IsEmerging),
        opportunities.Count(o => o.IsEmerging),
        [.. opportunities.GroupBy(o => o.Country).Select(g => (g.Key, g.Count())).OrderByDescending(c => c.Item2).ThenBy(c => c.Key)]);
}
