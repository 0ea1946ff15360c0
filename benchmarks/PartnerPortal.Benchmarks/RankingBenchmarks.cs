using BenchmarkDotNet.Attributes;
using PartnerPortal.Domain.Scoring;

namespace PartnerPortal.Benchmarks;

/// <summary>
/// Ranking many alternatives, as `portal rank` does: TOPSIS on 40,000 alternatives took 9.6 s when ranks were
/// counted by comparing every score with every other. Scores are seeded random with many exact ties (a
/// thousand distinct values), the case the competition ranking has to get right.
/// </summary>
[Config(typeof(InProcessConfig))]
public class RankingBenchmarks
{
    private double[] _scores = null!;
    private DecisionMatrix _matrix = null!;

    [Params(10_000, 100_000)]
    public int Alternatives { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _scores = [.. Enumerable.Range(0, Alternatives).Select(_ => random.Next(1000) / 1000.0)];
        _matrix = new DecisionMatrix(
            [.. Enumerable.Range(0, Alternatives).Select(_ => (IReadOnlyList<double>)[.. Enumerable.Range(0, 5).Select(_ => random.NextDouble() * 4 + 1)])],
            [0.25, 0.25, 0.2, 0.15, 0.15],
            [CriterionType.Benefit, CriterionType.Benefit, CriterionType.Benefit, CriterionType.Cost, CriterionType.Benefit]);
    }

    [Benchmark(Description = "rank scores (competition ranking, ties share the better rank)")]
    public IReadOnlyList<int> Rank() => Ranking.Ranks(_scores);

    [Benchmark(Description = "TOPSIS on 5 criteria, then rank")]
    public IReadOnlyList<int> TopsisAndRank() => Ranking.Ranks(Ranking.Score(_matrix, RankingMethod.Topsis));
}
