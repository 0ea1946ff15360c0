using System.Globalization;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Web.Features.Indicators;

/// <summary>A statement rule as the edit form holds it while the admin types; validated and saved as <see cref="StatementRuleInput"/>.</summary>
public sealed class StatementRuleDraft
{
    public string Statement { get; set; } = "";
    public string IndicatorCode { get; set; } = "";
    public StatementRuleKind Kind { get; set; } = StatementRuleKind.Top;

    /// <summary>As typed: N for a top-N rule, or a threshold with decimals (a point, whatever the browser's language).</summary>
    public string Threshold { get; set; } = "";

    public int? MinimumCountries { get; set; }
    public uint Version { get; set; }

    public static StatementRuleDraft From(StatementRule rule) => new()
    {
        Statement = rule.Statement, IndicatorCode = rule.Indicator?.Code ?? "", Kind = rule.Kind,
        Threshold = rule.Threshold.ToString(CultureInfo.InvariantCulture), MinimumCountries = rule.MinimumCountries, Version = rule.Version,
    };

    /// <summary>A threshold that is not a number goes as none, which the rules answer as missing.</summary>
    public StatementRuleInput ToInput() => new(Statement, IndicatorCode, Kind,
        double.TryParse(Threshold.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) ? threshold : null, MinimumCountries, Version);
}
