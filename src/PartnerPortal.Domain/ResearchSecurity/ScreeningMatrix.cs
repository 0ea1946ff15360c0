namespace PartnerPortal.Domain.ResearchSecurity;

/// <summary>
/// A round's rule from a technology's sensitivity and a country's risk to a pair's screening level: one level
/// per sensitivity (Low, Medium, High) and country risk (Unknown, Low, Medium, High). Stored as twelve digits,
/// sensitivity by sensitivity, so the round's settings carry it as one value.
/// </summary>
public sealed record ScreeningMatrix
{
    private readonly ScreeningLevel[] _levels;

    private ScreeningMatrix(ScreeningLevel[] levels) => _levels = levels;

    /// <summary>
    /// Open by default, modulated where sensitivity meets risk: a high-risk country is high for any critical
    /// technology; a country not yet assessed is treated as medium risk, so its sensitive pairs still get a look.
    /// </summary>
    public static ScreeningMatrix Default { get; } = Parse(
        //    Unknown Low Medium High   (country risk)
        "1" + "1" + "1" + "2" +      // Low sensitivity
        "2" + "1" + "2" + "3" +      // Medium sensitivity
        "3" + "2" + "3" + "3");      // High sensitivity

    public ScreeningLevel LevelFor(SensitivityLevel sensitivity, CountryRiskLevel risk) =>
        _levels[((int)sensitivity - 1) * 4 + (int)risk];

    public ScreeningMatrix With(SensitivityLevel sensitivity, CountryRiskLevel risk, ScreeningLevel level)
    {
        var levels = (ScreeningLevel[])_levels.Clone();
        levels[((int)sensitivity - 1) * 4 + (int)risk] = level;
        return new ScreeningMatrix(levels);
    }

    /// <summary>The twelve digits (1 low, 2 medium, 3 high), sensitivity by sensitivity, country risk Unknown, Low, Medium, High.</summary>
    public string Code => string.Concat(_levels.Select(l => (int)l));

    public static ScreeningMatrix Parse(string code)
    {
        if (code is not { Length: 12 } || code.Any(c => c is < '1' or > '3'))
        {
            throw new FormatException($"A screening matrix is twelve digits from 1 to 3; '{code}' is not one.");
        }
        return new ScreeningMatrix([.. code.Select(c => (ScreeningLevel)(c - '0'))]);
    }

    public bool Equals(ScreeningMatrix? other) => other is not null && Code == other.Code;

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);
}
