namespace PartnerPortal.Domain.Scoring;

/// <summary>Values turned into ranks, equal values sharing the mean of the positions they span (mid-ranks).</summary>
public static class MidRanks
{
    /// <summary>Rank 1 for the highest value; values within <paramref name="tolerance"/> of a group's first are tied.</summary>
    public static double[] HighestFirst(IReadOnlyList<double> values, double tolerance = 1e-12)
    {
        var order = new int[values.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => values[b].CompareTo(values[a]));
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && Math.Abs(values[order[end + 1]] - values[order[start]]) < tolerance)
            {
                end++;
            }
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0 + 1;
            }
            start = end + 1;
        }
        return ranks;
    }
}
