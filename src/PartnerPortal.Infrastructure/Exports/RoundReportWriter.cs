using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// A round's report as a Word document for a policy team to edit and publish: the method (criteria, weights and,
/// when AHP set them, its consistency; the longlisting and portfolio rules), Tables 6.1 and 6.2 in the study's
/// layout and wording, each accepted opportunity with its rationale, principles and instruments, and how robust
/// the proposal is to the weights. It holds what the viewer may see, as the pages and the other exports do: an
/// analyst of an open round finds only the pairs they have scored, and no sensitivity analysis.
/// </summary>
public sealed class RoundReportWriter(
    RoundCatalog rounds, LonglistReader longlist, ShortlistReader shortlist, RoundAnalyzer analyzer, RoundWeightsEditor weightsEditor,
    RoundExporter exporter, IDbContextFactory<PortalDbContext> contextFactory)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>At most this many pairs in the sensitivity table; a longlist of thousands would fill pages no one reads.</summary>
    public const int SensitivityRows = 100;

    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public async Task WriteAsync(string roundSlug, Stream output, RoundViewer viewer, CancellationToken cancellationToken = default)
    {
        var summary = await rounds.FindAsync(roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        var visible = await analyzer.VisibilityAsync(roundSlug, viewer, cancellationToken);
        RoundAnalysis? analysis;
        try
        {
            analysis = await analyzer.AnalyseAsync(roundSlug, viewer, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            analysis = null; // nothing in scope yet: no scores, so no figures
        }
        Round round;
        IReadOnlyList<Domain.Framework.Criterion> criteria;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == summary.Id, cancellationToken);
            criteria = await PublishedRounds.PartAsync<IReadOnlyList<Domain.Framework.Criterion>>(db, round.Id, nameof(PublishedRound.Criteria), cancellationToken)
                ?? await db.Criteria.AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);
        }
        var weights = await weightsEditor.ReadAsync(roundSlug, viewer, cancellationToken);
        var longlistTable = LonglistTable.Build(await longlist.HeadingsAsync(round.Id, cancellationToken), await longlist.ReadAsync(round.Id, visible, cancellationToken));
        var shortlistRows = await shortlist.ReadAsync(round.Id, visible, cancellationToken);
        var opportunities = await exporter.OpportunitiesAsync(roundSlug, viewer, cancellationToken);

        var document = new WordDocument();
        document.Title(summary.Name);
        document.Subtitle(Subtitle(summary));
        if (!string.IsNullOrWhiteSpace(summary.Description))
        {
            document.Paragraph(summary.Description);
        }
        Method(document, round, criteria, weights, analysis);
        Longlist(document, longlistTable);
        Shortlist(document, shortlistRows);
        Opportunities(document, opportunities);
        ReportScreening.Overview(document, analysis);
        await SensitivityAsync(document, analysis);
        document.Save(output, summary.Name);
    }

    private static string Subtitle(RoundSummary round) =>
        $"{round.Agency} · home country {round.HomeCountry} · " + (round.Status == RoundStatus.Published
            ? "published" + (round.PublishedOn is { } on ? " " + on.ToString("d MMMM yyyy", English) : "")
            : $"{round.Status.ToString().ToLowerInvariant()}, not yet published");

    private static void Method(WordDocument document, Round round, IReadOnlyList<Domain.Framework.Criterion> criteria, RoundWeights weights, RoundAnalysis? analysis)
    {
        document.Heading(1, "Method");
        document.Paragraph(
            $"The round's analysts score each country–technology pair from 1 to 5 on the {weights.Criteria.Count} prioritisation criteria below. " +
            (round.RankingMethod == RankingMethod.Topsis
                ? "A pair's index (0–100) is its TOPSIS closeness to the ideal pair over the criteria's mean scores, weighted as below."
                : "A pair's index is the weighted sum of its mean scores mapped onto 0–100: a mean of 1 on every criterion is 0, a mean of 5 is 100.") +
            " Pairs are ranked by index, overall and among the partners for each technology.");

        document.Heading(2, "Criteria and weights");
        document.Paragraph(WeightsText(weights));
        var definitions = criteria.ToDictionary(c => c.Code, c => c.Definition);
        document.Table(["Criterion", "Definition", "Weight"],
            weights.Criteria.Select((c, i) => (IReadOnlyList<WordDocument.TableCell>)
                [new([(c.Name, true)]), definitions.GetValueOrDefault(c.Code, ""), weights.Weights[i].ToString("P1", English)]),
            [1300, 3000, 700]);

        document.Heading(2, "Longlisting");
        var rule = round.LonglistRule;
        document.Paragraph(
            $"A pair is longlisted when its evidence meets at least {rule.RequiredCount} of the study's {LonglistRule.RequirementCount} requirements" +
            (rule.MinimumIndex is { } minimum ? $" and its index is at least {minimum.ToString("0.#", English)}:" : ":"));
        document.Bullets(Enum.GetValues<LonglistRequirement>().Select(LonglistRequirementText.Describe));

        document.Heading(2, "Portfolio rules");
        document.Paragraph("The scoring service proposes the shortlist from the longlisted, fully scored pairs under these rules; portfolio managers accept, reject or defer each pair with a rationale.");
        var constraints = round.PortfolioConstraints;
        document.Bullets(
        [
            $"At most {constraints.MaxTechnologies} technologies, with at most {constraints.MaxPartnersPerTechnology} partners each.",
            $"At most {constraints.MaxOpportunitiesPerCountry} opportunities with any one partner.",
            .. constraints.CoverEveryTheme ? ["Every theme represented."] : Array.Empty<string>(),
            .. constraints.RequireEmergingPartner ? ["At least one emerging partner."] : Array.Empty<string>(),
            $"Partners from at least {constraints.MinimumRegions} regions.",
        ]);
        ReportScreening.Method(document, round);

        if (analysis is { SeesEverything: true })
        {
            document.Heading(2, "Scoring");
            var longlisted = analysis.Longlist.Count(d => d.Value.IsLonglisted);
            document.Paragraph(
                (analysis.ScoredPairs == 0
                    ? $"None of the {analysis.Pairs.ToString("N0", English)} pairs is scored on every criterion yet; "
                    : $"{analysis.ScoredPairs.ToString("N0", English)} of {analysis.Pairs.ToString("N0", English)} pairs are scored on every criterion by {analysis.Scores.AnalystIds.Count} analysts; ") +
                $"{longlisted.ToString("N0", English)} pairs are longlisted, {analysis.UnscoredLonglisted.ToString("N0", English)} of them not yet fully scored.");
        }
    }

    private static string WeightsText(RoundWeights weights)
    {
        var group = weights.Group;
        if (group is not null && group.Weights.Count == weights.Weights.Count && group.Weights.Zip(weights.Weights).All(w => Math.Abs(w.First - w.Second) < 1e-6))
        {
            var method = weights.AhpMethod == AhpMethod.GeometricMean ? "row geometric mean" : "principal eigenvector";
            var managers = weights.Judgements.Count == 1 ? "one portfolio manager's pairwise comparisons" : $"{weights.Judgements.Count} portfolio managers' pairwise comparisons, combined by geometric mean";
            return $"The weights come from {managers} (AHP, {method}): λmax = {group.LambdaMax.ToString("0.000", English)}, " +
                   $"consistency index {group.ConsistencyIndex.ToString("0.000", English)}, consistency ratio {group.ConsistencyRatio.ToString("0.000", English)} " +
                   (group.IsAcceptablyConsistent
                       ? $"(acceptable: at most {AhpResult.AcceptableConsistencyRatio.ToString("0.00", English)})."
                       : $"(above Saaty's {AhpResult.AcceptableConsistencyRatio.ToString("0.00", English)}: the judgements are not consistent enough to rely on).");
        }
        return weights.ChangedAt is null
            ? "No weights have been set: the criteria weigh equally."
            : "The portfolio managers set the weights directly.";
    }

    private static void Longlist(WordDocument document, LonglistTable table)
    {
        document.Heading(1, "Longlist (Table 6.1)");
        var pairs = table.Rows.Sum(r => r.TechnologiesByTheme.Sum(c => c.Count));
        if (pairs == 0)
        {
            document.Paragraph("Nothing is longlisted yet: pairs appear once their evidence meets the longlisting rule.");
            return;
        }
        document.Paragraph($"The {pairs.ToString("N0", English)} pairs that meet the round's longlisting rule, by country and theme, in the layout and wording of the study's Table 6.1.");
        var themeWidth = table.Themes.Count == 0 ? 0 : 3900 / table.Themes.Count;
        document.Table(["Country/territory", .. table.Themes],
            table.Rows.Select(row => (IReadOnlyList<WordDocument.TableCell>)
            [
                new([(row.Country, true)]),
                .. row.TechnologiesByTheme.Select(cell => new WordDocument.TableCell([.. cell.Select(t => (t, false))])),
            ]),
            [1100, .. table.Themes.Select(_ => themeWidth)]);
    }

    private static void Shortlist(WordDocument document, IReadOnlyList<ShortlistTableRow> rows)
    {
        document.Heading(1, "Shortlist (Table 6.2)");
        if (rows.Count == 0)
        {
            document.Paragraph("Nothing is shortlisted yet: portfolio managers shortlist opportunities from the longlist during review.");
            return;
        }
        document.Paragraph(
            $"{rows.Count} technologies with {rows.Sum(r => r.Partners.Count)} technology–partner pairs, by theme, in the layout and wording of the study's Table 6.2.");
        var cells = new List<IReadOnlyList<WordDocument.TableCell>>();
        foreach (var theme in rows.GroupBy(r => r.Theme))
        {
            var first = true;
            foreach (var row in theme)
            {
                // The theme spans its rows, as in the study: one cell merged down the group.
                WordDocument.TableCell themeCell = first ? new([(theme.Key, true)], StartsMerge: theme.Count() > 1) : new([], ContinuesAbove: true);
                cells.Add(
                [
                    themeCell,
                    new([(row.Technology, true), .. string.IsNullOrWhiteSpace(row.Description) ? Array.Empty<(string, bool)>() : [(row.Description, false)]]),
                    row.PartnerList,
                    new([.. row.Rationale.Select(bullet => (bullet, false))], Bulleted: true),
                ]);
                first = false;
            }
        }
        document.Table(["Theme", "Shortlisted technology", "Countries and territories", "Rationale — technology highlights"], cells, [800, 1400, 1100, 1700]);
    }

    private static void Opportunities(WordDocument document, IReadOnlyList<ShortlistedOpportunity> opportunities)
    {
        document.Heading(1, "Accepted opportunities");
        if (opportunities.Count == 0)
        {
            document.Paragraph("No opportunity has been accepted yet.");
            return;
        }
        document.Paragraph("Each accepted technology–partner pair with the managers' rationale, how the home country would capture value from it (Table 7.1), how it meets the win-win principles, and the instruments suggested for it.");
        foreach (var o in opportunities)
        {
            document.Heading(2, $"{o.Technology} – {o.Country}");
            document.Labelled("Theme:", o.Theme);
            if (o.Index is { } index)
            {
                document.Labelled("Index:", $"{index.ToString("0.0", English)}, rank {o.Rank} overall and {o.RankInTechnology} among the partners for {o.Technology}.");
            }
            document.Labelled("Rationale:", o.Rationale ?? "recorded by the portfolio managers; it is shown here once the round is published.");
            ReportScreening.Opportunity(document, o);
            document.Labelled("Value capture:", o.ValueCapture.Count == 0 ? "not yet described." : string.Join("; ", o.ValueCapture) + ".");
            if (o.Principles.All(p => p.Status == ShortlistDetails.Describe(PrincipleStatus.Unknown) && p.Note is null))
            {
                document.Labelled("Win-win principles:", "not yet assessed.");
            }
            else
            {
                document.Table(["Win-win principle", "Status", "Note"],
                    o.Principles.Select(p => (IReadOnlyList<WordDocument.TableCell>)[p.Principle, p.Status, p.Note ?? ""]),
                    [1500, 800, 2700]);
            }
            if (o.Instruments.Count == 0)
            {
                document.Labelled("Instruments:", "none chosen yet.");
            }
            else
            {
                document.Labelled("Instruments:", "");
                document.Bullets(o.Instruments);
            }
        }
    }

    private static async Task SensitivityAsync(WordDocument document, RoundAnalysis? analysis)
    {
        document.Heading(1, "Sensitivity to the weights");
        if (analysis is null || analysis.ScoredPairs == 0)
        {
            document.Paragraph("No pair is fully scored yet, so there is nothing to test.");
            return;
        }
        if (!analysis.SeesEverything)
        {
            document.Paragraph("The sensitivity analysis is shown to portfolio managers and admins until the round is published.");
            return;
        }
        // As costly as the proposal page's "test robustness" (a second or more on a large longlist): kept until a score changes.
        var results = await analysis.RememberAsync("report:sensitivity", dependsOnScores: true, () => Task.FromResult(analysis.Sensitivity()));
        if (results.Count == 0)
        {
            document.Paragraph("No longlisted pair is fully scored yet, so there is nothing to test.");
            return;
        }
        var options = analysis.Round.SensitivityOptions;
        var proposed = analysis.Proposal.Pairs.Select(p => p.Candidate.Pair).ToHashSet();
        var ofProposed = results.Where(r => proposed.Contains(r.Pair)).ToList();
        document.Paragraph(
            $"The weights were shaken {options.Draws.ToString("N0", English)} times, each by up to ±{options.Perturbation.ToString("P0", English)} (seed {options.Seed}), " +
            "and the ranks and the shortlist proposal recomputed each time. A pair's share of draws in which the proposal keeps it says how much its place " +
            "depends on the exact weights; its rank range is the 5th to 95th percentile of its rank among the longlisted pairs.");
        document.Paragraph(
            $"Of the {ofProposed.Count} pairs in the proposal, {ofProposed.Count(r => r.ProbabilityInProposal >= 0.9)} stay in it in at least 90 % of draws " +
            $"and {ofProposed.Count(r => r.ProbabilityInProposal < 0.5)} in fewer than half; " +
            $"{results.Count(r => !proposed.Contains(r.Pair) && r.ProbabilityInProposal >= 0.1)} pairs outside it enter it in at least 10 % of draws.");
        var shown = results.Where(r => r.ProbabilityInProposal > 0 || proposed.Contains(r.Pair))
            .OrderByDescending(r => r.ProbabilityInProposal).ThenByDescending(r => analysis.Index.Index(r.Pair)).ToList();
        document.Table(["Technology", "Country", "Index", "In proposal", "Rank range"],
            shown.Take(SensitivityRows).Select(r => (IReadOnlyList<WordDocument.TableCell>)
            [
                analysis.TechnologyOf(r.Pair).Name, analysis.CountryOf(r.Pair).Name, analysis.Index.Index(r.Pair).ToString("0.0", English),
                r.ProbabilityInProposal.ToString("P0", English), $"{r.RankPercentile5}–{r.RankPercentile95}",
            ]),
            [1600, 1300, 600, 700, 800]);
        if (shown.Count > SensitivityRows)
        {
            document.Paragraph($"… and {(shown.Count - SensitivityRows).ToString("N0", English)} more pairs the proposal takes in some draws.");
        }
    }
}
