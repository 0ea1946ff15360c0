namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>
/// A pair's screening: the level the round's rule derives, and a manager's override with its rationale, which wins.
/// </summary>
public sealed record PairScreening(
    SensitivityLevel Sensitivity, CountryRiskLevel CountryRisk, ScreeningLevel Derived, ScreeningLevel? Override = null, string? OverrideRationale = null)
{
    public ScreeningLevel Level => Override ?? Derived;

    public bool IsOverridden => Override is not null;

    public static PairScreening Derive(ScreeningMatrix rule, SensitivityLevel sensitivity, CountryRiskLevel risk) =>
        new(sensitivity, risk, rule.LevelFor(sensitivity, risk));

    public PairScreening OverriddenTo(ScreeningLevel level, string rationale)
    {
        if (string.IsNullOrWhiteSpace(rationale))
        {
            throw new ArgumentException("An override of the screening level needs a rationale.", nameof(rationale));
        }
        return this with { Override = level, OverrideRationale = rationale.Trim() };
    }

    /// <summary>Why the pair has its level, in words; "not yet assessed" is said, never hidden behind a level.</summary>
    public string Explanation
    {
        get
        {
            var risk = CountryRisk == CountryRiskLevel.Unknown ? "country risk not yet assessed" : $"{CountryRisk.ToString().ToLowerInvariant()} country risk";
            var derived = $"{Sensitivity.ToString().ToLowerInvariant()} technology sensitivity, {risk}";
            return Override is { } level
                ? $"{level} (set by a manager: {OverrideRationale}; the rule gives {Derived} from {derived})"
                : $"{Derived} ({derived})";
        }
    }
}
