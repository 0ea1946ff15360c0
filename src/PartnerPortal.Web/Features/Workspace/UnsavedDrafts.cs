namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// The pair page's unsaved entries, one per criterion card, in the page's <c>[PersistentState]</c>: when the
/// portal restarts, the page's circuit pauses (Hosting/Circuits/CircuitDrain), Blazor keeps this in the browser and
/// hands it to the next instance, whose cards take their entries back and save them. Cards change it on the
/// circuit's dispatcher only, as the persisting does.
/// </summary>
public sealed class UnsavedDrafts
{
    /// <summary>By card: round, country, technology and criterion. Public for the state's JSON.</summary>
    public Dictionary<string, UnsavedCriterion> Cards { get; set; } = [];

    public static string CardKey(PairKey pair, string criterion) => $"{pair.RoundSlug}/{pair.CountryCode}/{pair.TechnologySlug}/{criterion}";

    public void Keep(string card, UnsavedCriterion entries) => Cards[card] = entries;

    public void Forget(string card) => Cards.Remove(card);

    public UnsavedCriterion? Find(string card) => Cards.GetValueOrDefault(card);

    public void Clear() => Cards.Clear();
}
