using System.Globalization;
using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Web.Features.Weights;

/// <summary>
/// Weights being set directly: points per criterion, in the criteria's order, which count only relative to each
/// other. They start as the current weights in percent, so an unchanged draft saves the weights it was given.
/// </summary>
public sealed class DirectWeightsDraft(IReadOnlyList<double> weights)
{
    /// <summary>The most a slider reaches; the numeric field goes on to <see cref="WeightRule.Maximum"/>.</summary>
    public const double SliderMaximum = 100;

    public double[] Points { get; } = [.. weights.Select(w => w * 100)];

    public string? Comment { get; set; }

    /// <summary>Each criterion's share of the total (what would be saved), or null while no share can be given.</summary>
    public IReadOnlyList<double>? Shares => Problem is null ? ScoreAggregator.NormaliseWeights(Points, Points.Length) : null;

    /// <summary>The service's rule (<see cref="WeightRule"/>), said before saving; null when the points can be saved.</summary>
    public string? Problem =>
        Points.Any(p => !WeightRule.IsAllowed(p))
            ? $"Points run from 0 to {WeightRule.Maximum.ToString("N0", CultureInfo.InvariantCulture)}."
            : !Points.Any(p => p > 0)
                ? "At least one weight must be above 0: with every weight at 0 no criterion counts."
                : null;
}
