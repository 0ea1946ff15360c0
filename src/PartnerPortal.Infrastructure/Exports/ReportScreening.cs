using System.Globalization;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Analysis;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// The round report's research-security part: the round's screening rule in the method, each accepted pair's level and
/// plan, and for managers how the longlist and the proposal screen and how many scores sit against the country data.
/// </summary>
internal static class ReportScreening
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static void Method(WordDocument document, Round round)
    {
        document.Heading(2, "Research-security screening");
        document.Paragraph(
            "Each pair is screened from its technology's sensitivity (the critical technology areas it touches and any dual-use or export-control " +
            "relevance) and the partner's research-security risk, as the EU's Global Approach to R&I asks: open by default, modulated where sensitivity " +
            "meets risk. A country not yet assessed is shown as such, never as low risk. Portfolio managers may override a pair's level with a rationale. " +
            "The round's rule:");
        var rule = round.Screening;
        CountryRiskLevel[] risks = [CountryRiskLevel.Low, CountryRiskLevel.Medium, CountryRiskLevel.High, CountryRiskLevel.Unknown];
        document.Table(["Technology sensitivity", .. risks.Select(r => r == CountryRiskLevel.Unknown ? "Risk not assessed" : $"{r} country risk")],
            Enum.GetValues<SensitivityLevel>().Select(s => (IReadOnlyList<WordDocument.TableCell>)
                [new([(s.ToString(), true)]), .. risks.Select(r => (WordDocument.TableCell)rule.LevelFor(s, r).ToString())]),
            [1400, 900, 900, 900, 900]);
        document.Bullets(
        [
            round.HighLevelPairs == HighLevelPairPolicy.Exclude
                ? "The shortlist proposal leaves out pairs screened High."
                : "The shortlist proposal keeps pairs screened High and flags them.",
            round.RequireMitigationForHigh
                ? "A pair screened High can be accepted only with a mitigation plan (the plan and at least one of the toolkit's measures)."
                : "Accepting a pair screened High does not require a mitigation plan in this round.",
        ]);
    }

    public static void Opportunity(WordDocument document, ShortlistedOpportunity opportunity)
    {
        if (opportunity.Screening is not { } level)
        {
            return;
        }
        document.Labelled("Research-security screening:", opportunity.ScreeningOverride is { } why ? $"{level}, set by the portfolio managers: {why}" : $"{level}.");
        if (opportunity.Mitigation is { } plan)
        {
            document.Labelled("Mitigation plan:", plan.Plan + (plan.Measures.Count == 0 ? "" : $" Measures: {string.Join("; ", plan.Measures)}."));
        }
    }

    /// <summary>Managers' and admins' only: counts across the longlist and the proposal, and the calibration count of flags.</summary>
    public static void Overview(WordDocument document, RoundAnalysis? analysis)
    {
        if (analysis is not { SeesEverything: true })
        {
            return;
        }
        document.Heading(1, "Research security and checks against the data");
        var longlisted = analysis.Longlist.Where(d => d.Value.IsLonglisted).Select(d => d.Key).ToList();
        var proposed = analysis.Proposal.Pairs.Select(p => p.Candidate.Pair).ToList();
        document.Table(["Screening", "Longlisted pairs", "Pairs in the proposal"],
            Enum.GetValues<ScreeningLevel>().Reverse().Select(level => (IReadOnlyList<WordDocument.TableCell>)
            [
                level.ToString(),
                longlisted.Count(p => analysis.ScreeningOf(p).Level == level).ToString("N0", English),
                proposed.Count(p => analysis.ScreeningOf(p).Level == level).ToString("N0", English),
            ]),
            [1600, 1600, 1600]);
        var flags = analysis.Contradictions.Total;
        document.Paragraph(flags == 0
            ? "No score sits against the country data: no score of 4–5 for a country in the bottom quarter of an indicator linked to the criterion, nor of 1–2 for one in the top quarter."
            : $"{flags.ToString("N0", English)} scores sit against the country data (4–5 for a country in the bottom quarter of an indicator linked to the criterion, " +
              "or 1–2 for one in the top quarter). Indicators are country-level while scores are country × technology, so these are questions for " +
              "calibration in the workshop, not errors; the ranking's \"contradicts the data\" filter lists them.");
    }
}
