namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// Every analyst's 1–5 score for every country × technology × criterion of a round, in one flat array so
/// a recompute is a single pass over contiguous memory (4.1 million scores are 4 MB). 0 means not scored,
/// or "insufficient evidence": both leave the analyst out of that criterion's statistics.
/// </summary>
public sealed class ScoreSheet
{
    public const byte NotScored = 0;
    public const byte Lowest = 1;
    public const byte Highest = 5;

    private readonly byte[] _values;

    public ScoreSheet(int countries, int technologies, int criteria, int analysts)
    {
        if (countries < 1 || technologies < 1 || criteria < 1 || analysts < 1)
        {
            throw new ScoringInputException("A score sheet needs at least one country, technology, criterion and analyst.");
        }
        (Countries, Technologies, Criteria, Analysts) = (countries, technologies, criteria, analysts);
        _values = new byte[checked(countries * technologies * criteria * analysts)];
    }

    public int Countries { get; }
    public int Technologies { get; }
    public int Criteria { get; }
    public int Analysts { get; }
    public int Pairs => Countries * Technologies;

    /// <summary>Scores laid out pair by pair, criterion by criterion, analyst by analyst.</summary>
    public ReadOnlySpan<byte> Values => _values;

    public static int PairOf(int country, int technology, int technologies) => country * technologies + technology;

    public byte this[int pair, int criterion, int analyst]
    {
        get => _values[Offset(pair, criterion, analyst)];
        set
        {
            if (value != NotScored && value is < Lowest or > Highest)
            {
                throw new ScoringInputException($"Scores run from {Lowest} to {Highest}; {value} is not one.");
            }
            _values[Offset(pair, criterion, analyst)] = value;
        }
    }

    /// <summary>
    /// Whether <paramref name="analyst"/> has given every criterion of <paramref name="pair"/> a 1–5 score. This is
    /// what "has scored the pair" means for seeing the group's figures while a round is open (anti-anchoring):
    /// "insufficient evidence" is an answer, but not a judgement, so it does not count.
    /// </summary>
    public bool HasScored(int pair, int analyst)
    {
        for (var criterion = 0; criterion < Criteria; criterion++)
        {
            if (_values[Offset(pair, criterion, analyst)] == NotScored)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>One flag per pair: whether <paramref name="analyst"/> has scored it (<see cref="HasScored"/>).</summary>
    public bool[] PairsScoredBy(int analyst)
    {
        var scored = new bool[Pairs];
        for (var pair = 0; pair < scored.Length; pair++)
        {
            scored[pair] = HasScored(pair, analyst);
        }
        return scored;
    }

    /// <summary>A copy holding only the scores of the pairs marked in <paramref name="visible"/> (one flag per pair).</summary>
    public ScoreSheet Only(bool[] visible)
    {
        if (visible.Length != Pairs)
        {
            throw new ScoringInputException($"Give one flag per pair: {Pairs} pairs, {visible.Length} flags.");
        }
        var copy = new ScoreSheet(Countries, Technologies, Criteria, Analysts);
        var pairLength = Criteria * Analysts;
        for (var pair = 0; pair < visible.Length; pair++)
        {
            if (visible[pair])
            {
                _values.AsSpan(pair * pairLength, pairLength).CopyTo(copy._values.AsSpan(pair * pairLength, pairLength));
            }
        }
        return copy;
    }

    /// <summary>A copy to change while readers keep using this one.</summary>
    public ScoreSheet Clone()
    {
        var copy = new ScoreSheet(Countries, Technologies, Criteria, Analysts);
        _values.CopyTo(copy._values, 0);
        return copy;
    }

    /// <summary>A copy with room for more analysts (their scores not yet given), the existing ones keeping their numbers.</summary>
    public ScoreSheet WithAnalysts(int analysts)
    {
        if (analysts < Analysts)
        {
            throw new ScoringInputException($"A sheet of {Analysts} analysts cannot shrink to {analysts}.");
        }
        var copy = new ScoreSheet(Countries, Technologies, Criteria, analysts);
        for (var cell = 0; cell < Pairs * Criteria; cell++)
        {
            _values.AsSpan(cell * Analysts, Analysts).CopyTo(copy._values.AsSpan(cell * analysts, Analysts));
        }
        return copy;
    }

    private int Offset(int pair, int criterion, int analyst) => (pair * Criteria + criterion) * Analysts + analyst;
}
