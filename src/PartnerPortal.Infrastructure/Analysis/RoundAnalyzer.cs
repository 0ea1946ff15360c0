using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Comparisons;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;
using PartnerPortal.Infrastructure.Scoring;

namespace PartnerPortal.Infrastructure.Analysis;

/// <summary>
/// Loads a round's scores, settings, longlisting evidence and decisions, and runs the scoring service over
/// them; the analysis is kept in memory and brought up to date as the round changes (<see cref="RoundAnalysisCache"/>).
/// Every caller says who is looking, and gets what that viewer may see (anti-anchoring): portfolio managers
/// and admins the whole round, anyone the whole round once it is published, an analyst assigned to an open
/// round only the figures of the pairs they have scored (<see cref="RoundAnalysis.SeenBy"/>), anyone else
/// nothing (<see cref="RoundHiddenException"/>).
/// </summary>
public sealed class RoundAnalyzer(IDbContextFactory<PortalDbContext> contextFactory, RoundScoreLoader scoreLoader, RoundAnalysisCache cache)
{
    public async Task<RoundAnalysis> AnalyseAsync(string roundSlug, RoundViewer viewer, CancellationToken cancellationToken = default)
    {
        var analysis = await cache.GetAsync(roundSlug, token => LoadAsync(roundSlug, token), cancellationToken);
        if (viewer.SeesEverything || analysis.Round.IsPublished)
        {
            return analysis;
        }
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await RoundAccess.EnsureOpenAsync(db, analysis.Round, viewer, cancellationToken);
        }
        // Kept until the next change of scores: the heat map, matrix and pair page of one analyst share it.
        return await analysis.RememberAsync($"seen-by:{viewer.UserId}", dependsOnScores: true, () => Task.FromResult(analysis.SeenBy(viewer.UserId!)));
    }

    /// <summary>
    /// Which pairs' figures the viewer may see, for readers outside the analysis (Tables 6.1 and 6.2, their
    /// print view and exports). A round with nothing in scope yet has no scores: an analyst sees none of it.
    /// </summary>
    public async Task<PairVisibility> VisibilityAsync(string roundSlug, RoundViewer viewer, CancellationToken cancellationToken = default)
    {
        if (viewer.SeesEverything)
        {
            return PairVisibility.All;
        }
        try
        {
            return (await AnalyseAsync(roundSlug, viewer, cancellationToken)).Visibility;
        }
        catch (InvalidOperationException)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken)
                ?? throw new RoundNotFoundException(roundSlug);
            await RoundAccess.EnsureOpenAsync(db, round, viewer, cancellationToken);
            return round.IsPublished ? PairVisibility.All : PairVisibility.None;
        }
    }

    private async Task<RoundAnalysis> LoadAsync(string roundSlug, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken)
            ?? throw new RoundNotFoundException(roundSlug);
        // A published round is analysed with the names, themes, criteria and weights it was published with
        // (ADR-007): its own scores, evidence and decisions can no longer change, and these now cannot either.
        var published = round.IsPublished ? await PublishedScopeAsync(db, round.Id, cancellationToken) : null;
        var scores = published is null
            ? await scoreLoader.LoadAsync(round.Id, cancellationToken: cancellationToken)
            : await scoreLoader.LoadAsync(round.Id, ([.. published.Technologies.Select(t => t.Id)], [.. published.Criteria.Select(c => c.Id)]), cancellationToken)
                with { Weights = published.Weights };
        var countries = published?.Countries ?? await CountriesAsync(db, round.Id, cancellationToken);
        var technologies = published?.Technologies ?? await TechnologiesAsync(db, round.Id, cancellationToken);
        var criteria = published?.Criteria ?? await CriteriaAsync(db, cancellationToken);
        var countryIndex = scores.CountryIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var technologyIndex = scores.TechnologyIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var evidence = await db.LonglistEvidence.AsNoTracking().Where(e => e.RoundId == round.Id).ToListAsync(cancellationToken);
        var evidenceByPair = evidence
            .Where(e => countryIndex.ContainsKey(e.CountryId) && technologyIndex.ContainsKey(e.TechnologyId))
            .ToDictionary(e => countryIndex[e.CountryId] * technologies.Count + technologyIndex[e.TechnologyId]);
        var shortlisted = await db.ShortlistEntries.Where(e => e.RoundId == round.Id)
            .SelectMany(e => e.Partners.Where(p => p.Decision == ShortlistDecision.Accepted).Select(p => new { p.Country!.Code, e.Technology!.Slug }))
            .ToListAsync(cancellationToken);
        var safeguards = await ResearchSecurity.RoundSafeguardsLoader.LoadAsync(db, round, countries, technologies, criteria, cancellationToken);
        return new RoundAnalysis(round, scores, countries, technologies, criteria, evidenceByPair,
            shortlisted.Select(s => new PairKey(s.Code, s.Slug)).ToHashSet(), safeguards);
    }

    /// <summary>The countries in the round's scope, in its order, as they are named and grouped today.</summary>
    internal static async Task<IReadOnlyList<AnalysedCountry>> CountriesAsync(PortalDbContext db, int roundId, CancellationToken cancellationToken) =>
        await db.Rounds.Where(r => r.Id == roundId).SelectMany(r => r.Countries).OrderBy(c => c.Position)
            .Select(c => new AnalysedCountry(c.CountryId, c.Country!.Code, c.Country.Name, c.Country.StudyName, c.Country.Region, c.Country.Maturity == PartnerMaturity.Emerging))
            .ToListAsync(cancellationToken);

    /// <summary>The technologies in the round's scope in Table 4.1 order (the score sheet's), with their themes today.</summary>
    internal static async Task<IReadOnlyList<AnalysedTechnology>> TechnologiesAsync(PortalDbContext db, int roundId, CancellationToken cancellationToken) =>
        await db.Rounds.Where(r => r.Id == roundId).SelectMany(r => r.Technologies).OrderBy(t => t.Technology!.Position)
            .Select(t => new AnalysedTechnology(t.TechnologyId, t.Technology!.Slug, t.Technology.Name, t.Technology.TechGroup!.ThemeId, t.Technology.TechGroup.Theme!.Name))
            .ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<AnalysedCriterion>> CriteriaAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Criteria.OrderBy(c => c.Position).Select(c => new AnalysedCriterion(c.Id, c.Code, c.Name)).ToListAsync(cancellationToken);

    private sealed record PublishedScope(
        IReadOnlyList<AnalysedCountry> Countries, IReadOnlyList<AnalysedTechnology> Technologies, IReadOnlyList<AnalysedCriterion> Criteria, IReadOnlyList<double> Weights);

    /// <summary>The scope a published round was published with; null for a round published before snapshots were kept and not yet given one.</summary>
    private static async Task<PublishedScope?> PublishedScopeAsync(PortalDbContext db, int roundId, CancellationToken cancellationToken)
    {
        if (await PublishedRounds.PartAsync<IReadOnlyList<AnalysedCountry>>(db, roundId, nameof(PublishedRound.Countries), cancellationToken) is not { } countries)
        {
            return null;
        }
        var technologies = await PublishedRounds.PartAsync<IReadOnlyList<AnalysedTechnology>>(db, roundId, nameof(PublishedRound.Technologies), cancellationToken);
        var criteria = await PublishedRounds.PartAsync<IReadOnlyList<Domain.Framework.Criterion>>(db, roundId, nameof(PublishedRound.Criteria), cancellationToken);
        var weights = await PublishedRounds.PartAsync<IReadOnlyList<double>>(db, roundId, nameof(PublishedRound.Weights), cancellationToken);
        return new PublishedScope(countries, technologies!, [.. criteria!.Select(c => new AnalysedCriterion(c.Id, c.Code, c.Name))], weights!);
    }
}
