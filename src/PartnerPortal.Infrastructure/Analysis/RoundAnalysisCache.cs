using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Changes;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Analysis;

/// <summary>
/// Keeps each round's analysis in memory and brings it up to date from the audit log, which every change
/// writes to in its own transaction (ADR-005). A request costs one index lookup when nothing has changed.
/// Changed scores are read by id and patched into a copy of the sheet and of the aggregate, pair by pair (a
/// few milliseconds for 4 million scores, against seconds to load them); any other change that bears
/// on an analysis — weights, settings, scope, evidence, decisions, the framework — reloads the round. The
/// audit log is shared, so changes made through another portal instance are seen the same way. An audit id
/// is taken when a transaction writes, not when it commits, so a change can appear below ids already seen:
/// ids skipped over are looked at again until they appear or are old enough to have been rolled back.
/// </summary>
/// <remarks>
/// With the instance listening for change notifications (<see cref="ChangeFeed"/>), a round confirmed current
/// since the last notification is answered without asking the audit log at all.
/// </remarks>
public sealed class RoundAnalysisCache(IDbContextFactory<PortalDbContext> contextFactory, IConfiguration configuration, TimeProvider clock, ChangeFeed feed)
{
    /// <summary>
    /// How long a round's analysis may lag behind analysts' saves (<c>Portal:Analysis:ScoreRefreshInterval</c>,
    /// 1 s unless configured): with fifty analysts saving, scores change many times a second, and bringing the
    /// heat map and matrix up to date at most once a second keeps that work bounded. Any other change — weights,
    /// settings, evidence, decisions — is taken in at the next request.
    /// </summary>
    private readonly TimeSpan _scoreRefresh = configuration.GetValue("Portal:Analysis:ScoreRefreshInterval", TimeSpan.FromSeconds(1));

    /// <summary>Past this many changes since the last look, reloading is simpler than reading them.</summary>
    private const int MostChangesToPatch = 5_000;

    /// <summary>
    /// Audit entries about things no analysis reads. Indicator values and imports are read (scores are checked
    /// against the data, <see cref="ResearchSecurity.RoundSafeguards"/>), so an import reloads the analyses.
    /// </summary>
    private static readonly HashSet<string> Unrelated =
    [
        "PortalUser", "IdentityRole", "RoundVisit", "RoundAnalyst", "Indicator", "StatementRule",
        "OpportunityDetails", "PrincipleAssessment",
    ];

    /// <summary>How far below the latest id a fresh load looks for ids not yet committed.</summary>
    private const int RecentIds = 1_000;

    /// <summary>How long an audit id skipped over is awaited: a transaction that has not committed by then has rolled back.</summary>
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _rounds = new();

    public async Task<RoundAnalysis> GetAsync(string roundSlug, Func<CancellationToken, Task<RoundAnalysis>> load, CancellationToken cancellationToken)
    {
        var entry = _rounds.GetOrAdd(roundSlug, _ => new Entry());
        if (entry.Confirmed is { } confirmed && ReferenceEquals(confirmed.Snapshot, entry.Current) && feed.IsCurrentSince(confirmed.FeedVersion))
        {
            return confirmed.Snapshot.Analysis;
        }
        // Read before the audit log, so a change committed after it moves the feed past what is confirmed below.
        var feedVersion = feed.Version;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var mark = await LatestChangeAsync(db, cancellationToken);
        if (entry.Current is { Gaps.Count: 0 } cached && cached.Mark == mark)
        {
            entry.Confirmed = new Confirmation(cached, feedVersion);
            return cached.Analysis;
        }
        if (entry.Current is { } recent && await OnlyScoresSinceAsync(db, recent.Mark, mark, cancellationToken))
        {
            // Analysts' saves: taken in once the interval has passed, by one request; the others go on with
            // the analysis they have (a moment behind) rather than queue behind the update. With no interval
            // (tests), every request waits for the latest.
            if (clock.GetUtcNow() - recent.TakenAt < _scoreRefresh)
            {
                return recent.Analysis;
            }
            if (_scoreRefresh == TimeSpan.Zero)
            {
                await entry.Gate.WaitAsync(cancellationToken);
            }
            else if (!await entry.Gate.WaitAsync(0, cancellationToken))
            {
                return recent.Analysis;
            }
        }
        else
        {
            // Anything else is taken in before answering: one request brings the round up to date, the others wait for it.
            await entry.Gate.WaitAsync(cancellationToken);
        }
        try
        {
            if (entry.Current is { Gaps.Count: 0 } current && current.Mark >= mark)
            {
                return current.Analysis;
            }
            var taken = (entry.Current is { } previous && await PatchAsync(db, previous, mark, cancellationToken) is { } patched
                ? patched
                : await LoadAsync(db, load, mark, cancellationToken)) with { TakenAt = clock.GetUtcNow() };
            entry.Current = taken;
            if (taken.Gaps.Count == 0)
            {
                entry.Confirmed = new Confirmation(taken, feedVersion);
            }
            return taken.Analysis;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>A fresh analysis; recent ids not yet in the log may be changes it missed, so they become gaps to watch.</summary>
    private static async Task<Snapshot> LoadAsync(PortalDbContext db, Func<CancellationToken, Task<RoundAnalysis>> load, long mark, CancellationToken cancellationToken)
    {
        var analysis = await load(cancellationToken);
        var from = Math.Max(0, mark - RecentIds);
        var present = (await db.AuditLog.Where(a => a.Id > from && a.Id <= mark).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        var now = DateTimeOffset.UtcNow;
        return new Snapshot(analysis, mark, Enumerable.Range(1, (int)(mark - from)).Select(i => from + i).Where(id => !present.Contains(id)).ToDictionary(id => id, _ => now));
    }

    private static async Task<bool> OnlyScoresSinceAsync(PortalDbContext db, long since, long until, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return !await OtherChangeBetween(db, since, until, [.. Unrelated]);
    }

    // Compiled: while analysts save, most requests find the mark moved and ask this.
    private static readonly Func<PortalDbContext, long, long, string[], Task<bool>> OtherChangeBetween = EF.CompileAsyncQuery(
        (PortalDbContext db, long since, long until, string[] unrelated) =>
            db.AuditLog.Any(a => a.Id > since && a.Id <= until && a.EntityType != "Score" && !unrelated.Contains(a.EntityType)));

    // Compiled: every page of a round asks this first, so building and looking up the LINQ query each time showed.
    private static readonly Func<PortalDbContext, Task<long?>> LatestChange = EF.CompileAsyncQuery((PortalDbContext db) => db.AuditLog.Max(a => (long?)a.Id));

    private static async Task<long> LatestChangeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await LatestChange(db) ?? 0;
    }

    /// <summary>The snapshot brought up to <paramref name="until"/> by the scores changed since, or null when only a reload will do.</summary>
    private static async Task<Snapshot?> PatchAsync(PortalDbContext db, Snapshot snapshot, long until, CancellationToken cancellationToken)
    {
        // Another request may have brought the snapshot past the mark this one read before it waited its turn.
        until = Math.Max(until, snapshot.Mark);
        var (since, gaps) = (snapshot.Mark, snapshot.Gaps.Keys.ToArray());
        var changes = await db.AuditLog.AsNoTracking().Where(a => (a.Id > since && a.Id <= until) || gaps.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.EntityType, a.EntityKey }).Take(MostChangesToPatch + 1).ToListAsync(cancellationToken);
        if (changes.Count > MostChangesToPatch || changes.Any(c => c.EntityType != "Score" && !Unrelated.Contains(c.EntityType)))
        {
            return null;
        }
        var seen = changes.Select(c => c.Id).ToHashSet();
        var now = DateTimeOffset.UtcNow;
        var stillMissing = snapshot.Gaps.Where(g => !seen.Contains(g.Key) && now - g.Value < GapPatience)
            .Concat(Enumerable.Range(0, (int)Math.Min(until - since, MostChangesToPatch)).Select(i => since + 1 + i).Where(id => !seen.Contains(id)).Select(id => KeyValuePair.Create(id, now)))
            .ToDictionary();
        var analysis = await ApplyScoresAsync(db, snapshot.Analysis, changes.Where(c => c.EntityType == "Score").Select(c => c.EntityKey), cancellationToken);
        return analysis is null ? null : new Snapshot(analysis, until, stillMissing);
    }

    private static async Task<RoundAnalysis?> ApplyScoresAsync(PortalDbContext db, RoundAnalysis previous, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var scoreIds = keys.Select(key => long.Parse(key, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToArray();
        if (scoreIds.Length == 0)
        {
            return previous;
        }
        var scores = await db.Scores.AsNoTracking().Where(s => scoreIds.Contains(s.Id))
            .Select(s => new { s.RoundId, s.CountryId, s.TechnologyId, s.CriterionId, s.AnalystId, s.Value }).ToListAsync(cancellationToken);
        if (scores.Count != scoreIds.Length)
        {
            return null; // a score was deleted: its place in the sheet is unknown without a reload
        }
        var mine = scores.Where(s => s.RoundId == previous.Round.Id).ToList();
        if (mine.Count == 0)
        {
            return previous;
        }
        // An analyst's first score in the round gives the sheet a column for them.
        var newcomers = mine.Select(s => s.AnalystId).Distinct().Where(id => IndexOf(previous.Scores.AnalystIds, id) < 0).ToList();
        var known = previous.Scores with { AnalystIds = [.. previous.Scores.AnalystIds, .. newcomers] };
        var sheet = newcomers.Count == 0 ? known.Sheet.Clone() : known.Sheet.WithAnalysts(known.AnalystIds.Count);
        var changedPairs = new List<int>();
        foreach (var score in mine)
        {
            var (country, technology, criterion, analyst) = (IndexOf(known.CountryIds, score.CountryId), IndexOf(known.TechnologyIds, score.TechnologyId),
                IndexOf(known.CriterionIds, score.CriterionId), IndexOf(known.AnalystIds, score.AnalystId));
            if (country < 0 || technology < 0 || criterion < 0)
            {
                return null; // scope the sheet does not have
            }
            var pair = ScoreSheet.PairOf(country, technology, known.TechnologyIds.Count);
            sheet[pair, criterion, analyst] = score.Value ?? ScoreSheet.NotScored;
            changedPairs.Add(pair);
        }
        return previous.WithScores(known with { Sheet = sheet }, changedPairs);
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, T item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(items[i], item))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>An analysis, the last audit id it reflects, and ids below that not yet seen (with when they were first missed).</summary>
    private sealed record Snapshot(RoundAnalysis Analysis, long Mark, IReadOnlyDictionary<long, DateTimeOffset> Gaps)
    {
        public DateTimeOffset TakenAt { get; init; }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        // One reference, so a reader never pairs an analysis with another snapshot's mark.
        public volatile Snapshot? Current;

        /// <summary>The snapshot last found complete and current, and the feed's version just before it was.</summary>
        public volatile Confirmation? Confirmed;
    }

    private sealed record Confirmation(Snapshot Snapshot, long FeedVersion);
}
