using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Longlisting;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.ResearchSecurity;
using PartnerPortal.Infrastructure.Rounds;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Infrastructure.Shortlisting;

namespace PartnerPortal.Infrastructure.Publishing;

/// <summary>
/// Takes a round's snapshot (ADR-007): the records its tables, exports and pages render, computed by the same
/// readers from the data as it stands at that moment, and stored as one document beside the round.
/// </summary>
public sealed class RoundSnapshotWriter(IDbContextFactory<PortalDbContext> contextFactory, LonglistReader longlist, AuditTrail audit, TimeProvider clock)
{
    /// <summary>
    /// Adds the round's snapshot to <paramref name="db"/>, to be saved in the caller's transaction: the publish's,
    /// which holds the round exclusively (<see cref="RoundWriteLock"/>), so what is read here is what is published.
    /// </summary>
    public async Task TakeAsync(PortalDbContext db, Round round, CancellationToken cancellationToken)
    {
        var document = await ComposeAsync(db, round, cancellationToken);
        db.RoundSnapshots.Add(new RoundSnapshot
        {
            RoundId = round.Id, SchemaVersion = PublishedRound.SchemaVersion, TakenAt = clock.GetUtcNow(), Document = PublishedRounds.Serialize(document),
        });
    }

    /// <summary>
    /// Gives every published round that has no snapshot one, from the data as it stands now: rounds published
    /// before snapshots were kept, and those the study's seed writes as published. Run at start-up, after the
    /// seed, so no page or export of a published round reads live data for long.
    /// </summary>
    /// <returns>The slugs of the rounds given a snapshot.</returns>
    public async Task<IReadOnlyList<string>> TakeMissingAsync(CancellationToken cancellationToken = default)
    {
        List<string> missing;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            missing = await db.Rounds.Where(r => r.Status == RoundStatus.Published && !db.RoundSnapshots.Any(s => s.RoundId == r.Id))
                .OrderBy(r => r.Id).Select(r => r.Slug).ToListAsync(cancellationToken);
        }
        var taken = new List<string>();
        foreach (var slug in missing)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            db.AuditSuppressed = true;
            await using var transaction = await RoundWriteLock.BeginAsync(db, slug, RoundLock.Exclusive, cancellationToken);
            var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Slug == slug, cancellationToken);
            if (await db.RoundSnapshots.AnyAsync(s => s.RoundId == round.Id, cancellationToken))
            {
                continue;
            }
            await TakeAsync(db, round, cancellationToken);
            // Audited by name (the document is too large for the log); the entry also makes every instance's
            // cached analysis of the round reload, now from the snapshot.
            audit.Record(db, "round.snapshot", nameof(Round), slug, null, new { round.PublishedOn, reason = "published before its outputs were kept" });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            taken.Add(slug);
        }
        await AddMissingScreeningAsync(cancellationToken);
        return taken;
    }

    /// <summary>
    /// Snapshots taken before screening existed get its inputs as they stand at this start-up: from then on the
    /// round's screening is as fixed as the rest of what it published.
    /// </summary>
    private async Task AddMissingScreeningAsync(CancellationToken cancellationToken)
    {
        var key = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(nameof(PublishedRound.Screening));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var lacking = await db.Database
            .SqlQuery<int>($"""SELECT round_id AS "Value" FROM round_snapshots WHERE coalesce(document -> {key}, 'null'::jsonb) = 'null'::jsonb ORDER BY round_id""")
            .ToListAsync(cancellationToken);
        foreach (var roundId in lacking)
        {
            var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId, cancellationToken);
            await PublishedRounds.AddPartAsync(db, roundId, nameof(PublishedRound.Screening), await ScreeningInputs.LiveAsync(db, round, cancellationToken), cancellationToken);
        }
    }

    private async Task<PublishedRound> ComposeAsync(PortalDbContext db, Round round, CancellationToken cancellationToken)
    {
        var homeCountry = await db.Countries.Where(c => c.Id == round.HomeCountryId).Select(c => c.Name).SingleAsync(cancellationToken);
        var criteria = await db.Criteria.AsNoTracking().Include(c => c.GuidingQuestions).Include(c => c.ScaleLevels).AsSplitQuery()
            .OrderBy(c => c.Position).ToListAsync(cancellationToken);
        foreach (var criterion in criteria)
        {
            (criterion.GuidingQuestions, criterion.ScaleLevels) = ([.. criterion.GuidingQuestions.OrderBy(q => q.Position)], [.. criterion.ScaleLevels.OrderBy(l => l.Level)]);
        }
        // Everyone may see all of a published round, so its tables are taken whole.
        return new PublishedRound(
            homeCountry,
            await RoundAnalyzer.CountriesAsync(db, round.Id, cancellationToken),
            await RoundAnalyzer.TechnologiesAsync(db, round.Id, cancellationToken),
            criteria,
            await RoundScoreLoader.WeightsAsync(db, round.Id, [.. criteria.Select(c => c.Id)], cancellationToken),
            await LonglistReader.CurrentHeadingsAsync(db, cancellationToken),
            await longlist.ComputeAsync(db, round.Id, PairVisibility.All, cancellationToken),
            await ShortlistReader.ComputeRowsAsync(db, round.Id, PairVisibility.All, cancellationToken),
            await ShortlistReader.ComputeOpportunitiesAsync(db, round.Id, PairVisibility.All, cancellationToken),
            await ShortlistReader.ComputeBalanceItemsAsync(db, round.Id, PairVisibility.All, cancellationToken),
            await ScreeningInputs.LiveAsync(db, round, cancellationToken));
    }
}
