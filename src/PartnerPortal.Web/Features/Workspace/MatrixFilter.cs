using PartnerPortal.Infrastructure.Workspace;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// The scoring matrix's filters (theme, tech group, country), as codes of the round. A code the round does not have —
/// mistyped, hand-edited, or from another round's link — counts as no filter, so such an address still shows the matrix.
/// </summary>
public sealed record MatrixFilter(string? Theme, string? Group, string? Country)
{
    public static MatrixFilter None { get; } = new(null, null, null);

    public bool IsEmpty => Theme is null && Group is null && Country is null;

    /// <summary>The filter these codes make on this round: unknown or blank codes are dropped.</summary>
    public static MatrixFilter Of(ScoringMatrix matrix, string? theme, string? group, string? country) => new(
        matrix.Technologies.Any(t => t.ThemeCode == theme) ? theme : null,
        matrix.Technologies.Any(t => t.GroupLetter == group) ? group : null,
        matrix.Countries.Any(c => c.Code == country) ? country : null);

    /// <summary>The technologies (columns) shown, as indexes into <see cref="ScoringMatrix.Technologies"/>, in the round's order.</summary>
    public List<int> Technologies(ScoringMatrix matrix) =>
        [.. Enumerable.Range(0, matrix.Technologies.Count)
            .Where(t => (Theme is null || matrix.Technologies[t].ThemeCode == Theme) && (Group is null || matrix.Technologies[t].GroupLetter == Group))];

    /// <summary>The countries (rows) shown, as indexes into <see cref="ScoringMatrix.Countries"/>, in the round's order.</summary>
    public List<int> Countries(ScoringMatrix matrix) =>
        [.. Enumerable.Range(0, matrix.Countries.Count).Where(c => Country is null || matrix.Countries[c].Code == Country)];
}
