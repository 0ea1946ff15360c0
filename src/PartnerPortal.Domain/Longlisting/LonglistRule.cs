namespace PartnerPortal.Domain.Longlisting;

/// <summary>
/// The longlisting rule: a pair is longlisted when it meets at least <see cref="RequiredCount"/> of the five
/// Section 6 requirements and, when the round sets one, reaches <see cref="MinimumIndex"/> (0–100). The study
/// demands all five and no minimum; a round may relax or tighten that.
/// </summary>
public sealed record LonglistRule(int RequiredCount = 5, double? MinimumIndex = null)
{
    public static readonly LonglistRule Study = new();

    public const int RequirementCount = 5;

    public bool IsLonglisted(LonglistEvidence evidence, double? index = null) => Explain(evidence, index).IsLonglisted;

    public IReadOnlyList<LonglistRequirement> MetRequirements(LonglistEvidence evidence) =>
        Enum.GetValues<LonglistRequirement>()
            .Where(requirement => evidence.StatusOf(requirement) == RequirementStatus.Yes)
            .ToList();

    /// <summary>Whether the pair is longlisted and why: the requirements met and, if a minimum applies, the index against it.</summary>
    public LonglistDecision Explain(LonglistEvidence evidence, double? index = null)
    {
        if (RequiredCount is < 0 or > RequirementCount)
        {
            throw new ArgumentOutOfRangeException(nameof(RequiredCount), RequiredCount, $"A round requires 0 to {RequirementCount} of the requirements.");
        }
        var met = MetRequirements(evidence);
        var enoughRequirements = met.Count >= RequiredCount;
        var indexOk = MinimumIndex is not { } minimum || index is { } value && !double.IsNaN(value) && value >= minimum;
        var reason = (enoughRequirements, indexOk) switch
        {
            (true, true) => MinimumIndex is null
                ? $"Meets {met.Count} of {RequirementCount} requirements (needs {RequiredCount})."
                : $"Meets {met.Count} of {RequirementCount} requirements (needs {RequiredCount}) and scores {index:0.#} (needs {MinimumIndex:0.#}).",
            (false, _) => $"Meets {met.Count} of {RequirementCount} requirements; the round needs {RequiredCount}.",
            (true, false) => index is null or double.NaN
                ? $"Not yet scored on every criterion; the round needs an index of {MinimumIndex:0.#}."
                : $"Scores {index:0.#}; the round needs an index of {MinimumIndex:0.#}.",
        };
        return new LonglistDecision(enoughRequirements && indexOk, met, index, reason);
    }
}
