using PartnerPortal.Domain.ResearchSecurity;

namespace PartnerPortal.Infrastructure.Ranking;

/// <summary>
/// Which rows of a ranking to keep: each given criterion narrows the rows, none given keeps them all. Codes and
/// slugs match exactly; a theme by its name, ignoring case.
/// </summary>
public sealed record RankingFilter(
    string? TechnologySlug = null,
    string? CountryCode = null,
    string? Theme = null,
    LonglistVerdict? Longlist = null,
    bool DisagreementOnly = false,
    ScreeningLevel? Screening = null,
    bool ContradictionsOnly = false)
{
    public static RankingFilter None { get; } = new();

    public bool IsEmpty => this == None;

    public bool Matches(RankedPair pair) =>
        (TechnologySlug is null || pair.TechnologySlug == TechnologySlug)
        && (CountryCode is null || pair.CountryCode == CountryCode)
        && (Theme is null || string.Equals(pair.Theme, Theme, StringComparison.OrdinalIgnoreCase))
        && (Longlist is null || pair.Longlist == Longlist)
        && (!DisagreementOnly || pair.Disagreement)
        && (Screening is null || pair.Screening == Screening)
        && (!ContradictionsOnly || pair.Contradictions > 0);

    /// <summary>The matching rows in their order.</summary>
    public IEnumerable<RankedPair> Apply(IEnumerable<RankedPair> pairs) => IsEmpty ? pairs : pairs.Where(Matches);
}
