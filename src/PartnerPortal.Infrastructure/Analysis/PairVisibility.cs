namespace PartnerPortal.Infrastructure.Analysis;

/// <summary>
/// Which pairs of a round someone may see the group's figures of, by country and technology id: every pair, or
/// those an analyst has scored. Readers that derive anything from scores (the longlist under a minimum index,
/// the shortlist) leave the others out.
/// </summary>
public sealed class PairVisibility
{
    private readonly Func<int, int, bool>? _sees;

    private PairVisibility(Func<int, int, bool>? sees) => _sees = sees;

    public static PairVisibility All { get; } = new(null);

    public static PairVisibility None { get; } = new((_, _) => false);

    public bool SeesEverything => _sees is null;

    public bool Sees(int countryId, int technologyId) => _sees?.Invoke(countryId, technologyId) ?? true;

    public static PairVisibility Where(Func<int, int, bool> sees) => new(sees);
}
