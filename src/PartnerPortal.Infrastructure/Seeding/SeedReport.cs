namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>How many new aggregates a seeding run inserted, by kind; all zeros on a re-run.</summary>
public sealed class SeedReport
{
    private readonly SortedDictionary<string, int> _added = new();

    public IReadOnlyDictionary<string, int> Added => _added;
    public int Total => _added.Values.Sum();

    public void Count(string kind, int added)
    {
        if (added > 0)
        {
            _added[kind] = _added.GetValueOrDefault(kind) + added;
        }
    }

    public override string ToString() =>
        Total == 0 ? "nothing new" : string.Join(", ", _added.Select(pair => $"{pair.Value} {pair.Key}"));
}
