namespace PartnerPortal.Domain.Contradictions;

/// <summary>
/// How many flags a round has, per pair and per analyst, without one object per flag: a round of 4.1 million
/// scores can have a million, and the ranking's filter and the dashboard's calibration counts need only these.
/// </summary>
public sealed class ContradictionSummary(int[] perPair, int[] perAnalyst)
{
    public int Total => perAnalyst.Sum();

    public int InPair(int pair) => perPair[pair];

    public int ByAnalyst(int analyst) => perAnalyst[analyst];

    public IReadOnlyList<int> PerAnalyst => perAnalyst;
}
