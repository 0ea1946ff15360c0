using System.Globalization;

namespace PartnerPortal.Domain.Scoring;

/// <summary>
/// What a round's criterion weights may be, however they are set (the weights form, the CLI, AHP): one finite
/// number from 0 to <see cref="Maximum"/> per criterion, at least one above 0. The bound is far above any ratio a
/// workshop means and keeps their sum finite: five weights of 1e308 summed to infinity, every weight divided by it
/// was stored as 0, and each analysis of the round failed from then on.
/// </summary>
public static class WeightRule
{
    public const double Maximum = 1000;

    public static bool IsAllowed(double weight) => double.IsFinite(weight) && weight is >= 0 and <= Maximum;

    /// <summary>Refuses, saying why, weights that no round could be weighed by.</summary>
    public static void Check(IReadOnlyList<double> weights, int criteria)
    {
        if (weights.Count != criteria)
        {
            throw new ScoringInputException($"Give one weight per criterion: {criteria} criteria, {weights.Count} weights.");
        }
        foreach (var weight in weights)
        {
            if (!IsAllowed(weight))
            {
                throw new ScoringInputException(
                    $"Weights must be zero or positive and at most {Maximum.ToString("N0", CultureInfo.InvariantCulture)}; {weight.ToString(CultureInfo.InvariantCulture)} is not.");
            }
        }
        if (!weights.Any(w => w > 0))
        {
            throw new ScoringInputException("Weights must not all be zero: at least one criterion has to count.");
        }
    }
}
