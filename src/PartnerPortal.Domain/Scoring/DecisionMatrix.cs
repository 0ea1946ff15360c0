namespace PartnerPortal.Domain.Scoring;

/// <summary>Alternatives scored on criteria, with each criterion's weight and direction; validated once here.</summary>
public sealed class DecisionMatrix
{
    public DecisionMatrix(IReadOnlyList<IReadOnlyList<double>> values, IReadOnlyList<double> weights, IReadOnlyList<CriterionType> types)
    {
        if (values.Count == 0)
        {
            throw new ScoringInputException("There are no alternatives to rank.");
        }
        var criteria = weights.Count;
        if (criteria == 0 || types.Count != criteria)
        {
            throw new ScoringInputException($"Give one weight and one type per criterion: {criteria} weights, {types.Count} types.");
        }
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Count != criteria)
            {
                throw new ScoringInputException($"Alternative {i + 1} has {values[i].Count} values; there are {criteria} criteria.");
            }
            if (values[i].Any(v => !double.IsFinite(v)))
            {
                throw new ScoringInputException($"Alternative {i + 1} has a value that is not a number.");
            }
        }
        if (weights.Any(w => !double.IsFinite(w) || w < 0) || weights.Sum() <= 0)
        {
            throw new ScoringInputException("Weights must be zero or positive and not all zero.");
        }
        Values = values;
        var total = weights.Sum();
        Weights = [.. weights.Select(w => w / total)];
        Types = types;
    }

    public IReadOnlyList<IReadOnlyList<double>> Values { get; }

    /// <summary>The weights normalised to sum to 1.</summary>
    public IReadOnlyList<double> Weights { get; }

    public IReadOnlyList<CriterionType> Types { get; }

    public int Alternatives => Values.Count;
    public int Criteria => Weights.Count;

    public IEnumerable<double> Column(int criterion) => Values.Select(row => row[criterion]);
}
