using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Infrastructure.Workspace;

/// <summary>
/// The analyst's side of a round: their assignments and progress, the scoring matrix and one pair's
/// worksheet. Other analysts' scores stay hidden until the analyst has given every criterion of the pair a
/// 1–5 score (as in a Delphi round; "insufficient evidence" does not count), so nobody anchors on the group —
/// the rule every page of the round follows (<see cref="RoundAnalyzer"/>). A round the analyst is not assigned
/// to shows nothing until it is published.
/// </summary>
public sealed class AnalystWorkspace(IDbContextFactory<PortalDbContext> contextFactory, RoundAnalyzer analyzer)
{
    public async Task<IReadOnlyList<Assignment>> AssignmentsAsync(string analystId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var criteria = await db.Criteria.CountAsync(cancellationToken);
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.Analysts.Any(a => a.AnalystId == analystId))
            .OrderBy(r => r.Status == RoundStatus.Scoring ? 0 : 1).ThenBy(r => r.Name)
            .Select(r => new { r.Id, r.Slug, r.Name, r.Status, Pairs = r.Countries.Count * r.Technologies.Count })
            .ToListAsync(cancellationToken);
        var assignments = new List<Assignment>();
        foreach (var round in rounds)
        {
            var counts = await MyCountsAsync(db, round.Id, analystId, cancellationToken);
            var next = await NextToScoreAsync(db, round.Id, analystId, counts, criteria, cancellationToken);
            assignments.Add(new Assignment(round.Slug, round.Name, round.Status, round.Pairs,
                counts.Values.Count(n => n >= criteria), counts.Values.Count(n => n < criteria), next?.Country, next?.Technology));
        }
        return assignments;
    }

    /// <param name="onlyCountry">When given, only that country's row of cells is filled (the page shows only it):
    /// on a 200 × 205 round that spares 40,000 cells a request.</param>
    public async Task<ScoringMatrix> MatrixAsync(string roundSlug, RoundViewer viewer, string? onlyCountry = null, CancellationToken cancellationToken = default)
    {
        // The viewer's view: a cell's group index is there only once they may see the pair's figures.
        var analysis = await analyzer.AnalyseAsync(roundSlug, viewer, cancellationToken);
        var analystId = viewer.UserId ?? "";
        var criteria = analysis.Criteria.Count;
        var rows = Enumerable.Range(0, analysis.Countries.Count).Where(c => onlyCountry is null || analysis.Countries[c].Code == onlyCountry).ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = onlyCountry is null ? await MyCountsAsync(db, analysis.Round.Id, analystId, cancellationToken)
            : rows.Count == 1 ? await MyCountsForCountryAsync(db, analysis.Round.Id, analystId, analysis.Countries[rows[0]].Id, cancellationToken)
            : [];
        var technologies = await analysis.RememberScopeAsync("matrix-technologies", () => MatrixTechnologiesAsync(analysis, cancellationToken));
        var cells = new MatrixCell[analysis.Countries.Count, technologies.Count];
        foreach (var c in rows)
        {
            for (var t = 0; t < technologies.Count; t++)
            {
                var mine = counts.GetValueOrDefault((analysis.Countries[c].Id, analysis.Technologies[t].Id));
                var progress = mine == 0 ? PairProgress.NotStarted : mine < criteria ? PairProgress.InProgress : PairProgress.Done;
                var pair = analysis.PairOf(c, t);
                cells[c, t] = new MatrixCell(progress, progress == PairProgress.Done && analysis.Index.IsComplete(pair) ? analysis.Index.Index(pair) : null);
            }
        }
        return new ScoringMatrix(analysis.Round.Slug, analysis.Round.Name, analysis.Round.Status, analysis.Countries, technologies, cells);
    }

    /// <summary>The matrix's columns, in the analysis's order and under its names (a published round's as published, ADR-007); short names and groups as they stand.</summary>
    private async Task<List<MatrixTechnology>> MatrixTechnologiesAsync(RoundAnalysis analysis, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.Rounds.Where(r => r.Id == analysis.Round.Id).SelectMany(r => r.Technologies)
            .Select(t => new MatrixTechnology(t.Technology!.Slug, t.Technology.Name, t.Technology.ShortName, t.Technology.TechGroup!.Theme!.Code,
                t.Technology.TechGroup.Theme.Name, t.Technology.TechGroup.Letter, t.Technology.TechGroup.Name))
            .ToDictionaryAsync(t => t.Slug, cancellationToken);
        return [.. analysis.Technologies.Select(t => current[t.Slug] with { Name = t.Name, Theme = t.Theme })];
    }

    // Compiled: the pair page is the page analysts open most.
    private static readonly Func<PortalDbContext, int, int, int, IAsyncEnumerable<Score>> PairScores = EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId, int countryId, int technologyId) =>
            db.Scores.AsNoTracking().Where(s => s.RoundId == roundId && s.CountryId == countryId && s.TechnologyId == technologyId));

    private static readonly Func<PortalDbContext, int, int, int, Task<Domain.Longlisting.LonglistEvidence?>> PairEvidence = EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId, int countryId, int technologyId) =>
            db.LonglistEvidence.AsNoTracking().SingleOrDefault(e => e.RoundId == roundId && e.CountryId == countryId && e.TechnologyId == technologyId));

    public async Task<PairWorksheet?> PairAsync(string roundSlug, string countryCode, string technologySlug, RoundViewer viewer, CancellationToken cancellationToken = default)
    {
        // The round, its scope and the framework come from the round's analysis, kept in memory (ADR-005):
        // the page is the one analysts open most, and these change only when the round reloads.
        RoundAnalysis analysis;
        var analystId = viewer.UserId ?? "";
        try
        {
            analysis = await analyzer.AnalyseAsync(roundSlug, viewer, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return null; // no countries or technologies in scope yet: there is no pair to score
        }
        var round = analysis.Round;
        var (countryIndex, technologyIndex) = (IndexOf(analysis.Countries, c => c.Code == countryCode), IndexOf(analysis.Technologies, t => t.Slug == technologySlug));
        if (countryIndex < 0 || technologyIndex < 0)
        {
            return null;
        }
        // The evidence beside the scores (a country's Table 5.3 statements, a technology's domains and group)
        // changes only with the framework, which reloads the analysis: read once per round, not per page.
        var inScope = await analysis.RememberScopeAsync("pair-countries-and-technologies", () => PairSubjectsAsync(analysis, cancellationToken));
        var (country, technology) = (inScope.Countries[countryCode], inScope.Technologies[technologySlug]);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var criteria = await analysis.RememberScopeAsync("criteria-with-questions-and-scale", () => CriteriaAsync(round, cancellationToken));
        var scores = new List<Score>();
        await foreach (var score in PairScores(db, round.Id, country.Id, technology.Id).WithCancellation(cancellationToken))
        {
            scores.Add(score);
        }
        var mine = scores.Where(s => s.AnalystId == analystId).ToDictionary(s => s.CriterionId);
        // Read from the scores just loaded, not the analysis, which may lag this analyst's last save by a moment.
        var seesGroup = round.IsPublished || ScoreRecorder.HasScored(criteria.Select(c => mine.GetValueOrDefault(c.Id)?.Value));
        var sheets = criteria.Select(c => new CriterionSheet(
                c.Code, c.Name, c.Definition, [.. c.GuidingQuestions.OrderBy(q => q.Position)], [.. c.ScaleLevels.OrderBy(l => l.Level)],
                mine.TryGetValue(c.Id, out var score) ? ScoreRecorder.View(score, c.Code) : null,
                seesGroup ? Statistics(scores.Where(s => s.CriterionId == c.Id)) : null))
            .ToList();
        var evidence = await PairEvidence(db, round.Id, country.Id, technology.Id);
        var position = analysis.PairOf(countryIndex, technologyIndex);
        (string, string)? At(int p) => p < 0 || p >= analysis.Pairs ? null : (analysis.CountryOf(p).Code, analysis.TechnologyOf(p).Slug);
        return new PairWorksheet(round.Slug, round.Name, round.Status, country, technology, sheets, seesGroup, evidence, At(position - 1), At(position + 1),
            analysis.ScreeningOf(position));
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private sealed record PairSubjects(Dictionary<string, Country> Countries, Dictionary<string, Domain.Technologies.Technology> Technologies);

    private async Task<PairSubjects> PairSubjectsAsync(RoundAnalysis analysis, CancellationToken cancellationToken)
    {
        var (countryIds, technologyIds) = (analysis.Countries.Select(c => c.Id).ToList(), analysis.Technologies.Select(t => t.Id).ToList());
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var countries = await db.Countries.AsNoTracking().Where(c => countryIds.Contains(c.Id)).Include(c => c.SelectionCriteria).ToListAsync(cancellationToken);
        foreach (var country in countries)
        {
            country.SelectionCriteria = [.. country.SelectionCriteria.OrderBy(s => s.Position)];
        }
        var technologies = await db.Technologies.AsNoTracking().Where(t => technologyIds.Contains(t.Id)).Include(t => t.Domains).Include(t => t.TechGroup!).ThenInclude(g => g.Theme).AsSplitQuery().ToListAsync(cancellationToken);
        // Named, placed and themed as the analysis has them: a published round's as it published them (ADR-007),
        // while the profile and domains beside them are the evidence as it stands.
        foreach (var (country, named) in countries.Join(analysis.Countries, c => c.Id, a => a.Id, (c, a) => (c, a)))
        {
            (country.Name, country.StudyName, country.Region, country.Maturity) = (named.Name, named.StudyName, named.Region, named.IsEmerging ? PartnerMaturity.Emerging : PartnerMaturity.Established);
        }
        foreach (var (technology, named) in technologies.Join(analysis.Technologies, t => t.Id, a => a.Id, (t, a) => (t, a)))
        {
            // No-tracking queries give each technology its own group and theme objects, so this names only its own.
            (technology.Name, technology.TechGroup!.Theme!.Name) = (named.Name, named.Theme);
        }
        return new PairSubjects(countries.ToDictionary(c => c.Code), technologies.ToDictionary(t => t.Slug));
    }

    /// <summary>The group's statistics for one criterion from its scores (insufficient evidence left out).</summary>
    private static CriterionStatistics Statistics(IEnumerable<Score> scores)
    {
        var values = scores.Where(s => s.Value is not null).Select(s => (int)s.Value!.Value).Order().ToList();
        if (values.Count == 0)
        {
            return default;
        }
        var mean = values.Average();
        var sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0;
        var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2.0;
        return new CriterionStatistics(values.Count, mean, median, sd, values[0], values[^1]);
    }

    /// <summary>The criteria as analysts scored against them: a published round's as it published them (ADR-007).</summary>
    private async Task<IReadOnlyList<Domain.Framework.Criterion>> CriteriaAsync(Round round, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (round.IsPublished && await PublishedRounds.PartAsync<IReadOnlyList<Domain.Framework.Criterion>>(db, round.Id, nameof(PublishedRound.Criteria), cancellationToken) is { } published)
        {
            return published;
        }
        return await db.Criteria.AsNoTracking().Include(c => c.GuidingQuestions).Include(c => c.ScaleLevels).AsSplitQuery()
            .OrderBy(c => c.Position).ToListAsync(cancellationToken);
    }

    // Compiled: the matrix of one country is what an analyst opens between pairs.
    private static readonly Func<PortalDbContext, int, string, int, IAsyncEnumerable<TechnologyCount>> MyCountsForCountry = EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId, string analystId, int countryId) => db.Scores
            .Where(s => s.RoundId == roundId && s.AnalystId == analystId && s.CountryId == countryId)
            .GroupBy(s => s.TechnologyId).Select(g => new TechnologyCount(g.Key, g.Count())));

    private sealed record TechnologyCount(int TechnologyId, int Count);

    private static async Task<Dictionary<(int Country, int Technology), int>> MyCountsForCountryAsync(
        PortalDbContext db, int roundId, string analystId, int countryId, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(int Country, int Technology), int>();
        await foreach (var count in MyCountsForCountry(db, roundId, analystId, countryId).WithCancellation(cancellationToken))
        {
            counts[(countryId, count.TechnologyId)] = count.Count;
        }
        return counts;
    }

    /// <summary>How many criteria the analyst has scored, per pair (country id, technology id) of the round.</summary>
    private static async Task<Dictionary<(int Country, int Technology), int>> MyCountsAsync(
        PortalDbContext db, int roundId, string analystId, CancellationToken cancellationToken) =>
        (await db.Scores.Where(s => s.RoundId == roundId && s.AnalystId == analystId)
            .GroupBy(s => new { s.CountryId, s.TechnologyId })
            .Select(g => new { g.Key.CountryId, g.Key.TechnologyId, Count = g.Count() })
            .ToListAsync(cancellationToken))
        .ToDictionary(x => (x.CountryId, x.TechnologyId), x => x.Count);

    /// <summary>The first pair in the round's order, after the one the analyst last touched, that they have not finished.</summary>
    private static async Task<(string Country, string Technology)?> NextToScoreAsync(
        PortalDbContext db, int roundId, string analystId, Dictionary<(int, int), int> counts, int criteria, CancellationToken cancellationToken)
    {
        var countries = await db.Rounds.Where(r => r.Id == roundId).SelectMany(r => r.Countries).OrderBy(c => c.Position)
            .Select(c => new { c.CountryId, c.Country!.Code }).ToListAsync(cancellationToken);
        var technologies = await db.Rounds.Where(r => r.Id == roundId).SelectMany(r => r.Technologies).OrderBy(t => t.Technology!.Position)
            .Select(t => new { t.TechnologyId, t.Technology!.Slug }).ToListAsync(cancellationToken);
        var last = await db.Scores.Where(s => s.RoundId == roundId && s.AnalystId == analystId).OrderByDescending(s => s.UpdatedAt)
            .Select(s => new { s.CountryId, s.TechnologyId }).FirstOrDefaultAsync(cancellationToken);
        var pairs = countries.SelectMany(c => technologies.Select(t => (c.CountryId, c.Code, t.TechnologyId, t.Slug))).ToList();
        var start = last is null ? 0 : Math.Max(0, pairs.FindIndex(p => p.CountryId == last.CountryId && p.TechnologyId == last.TechnologyId));
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = pairs[(start + i) % pairs.Count];
            if (counts.GetValueOrDefault((p.CountryId, p.TechnologyId)) < criteria)
            {
                return (p.Code, p.Slug);
            }
        }
        return null;
    }
}
