using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Csv;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Auditing;

public sealed class AuditLogReader(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>Tables keyed by "round id,…": their entries belong to the round their key starts with.</summary>
    private static readonly string[] KeyedByRound = ["RoundCriterionWeight", "AhpMatrix", "RoundAnalyst", "RoundCountry", "RoundTechnology", "RoundVisit"];

    /// <summary>Tables with a RoundId field: a new or removed row's entry carries it.</summary>
    private static readonly string[] CarryRound = ["Score", "LonglistEvidence", "ShortlistEntry"];

    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> PageAsync(AuditQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = await FilterAsync(db, db.AuditLog.AsNoTracking(), query, cancellationToken);
        var total = await matching.CountAsync(cancellationToken);
        var entries = await matching.OrderByDescending(a => a.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (entries, total);
    }

    /// <summary>A page of matching entries in words (<see cref="AuditDescriber"/>), newest first unless asked otherwise, and how many match.</summary>
    public async Task<(IReadOnlyList<AuditLine> Lines, int Total)> LinesAsync(AuditQuery query, int skip, int take, bool oldestFirst = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = await FilterAsync(db, db.AuditLog.AsNoTracking(), query, cancellationToken);
        var total = await matching.CountAsync(cancellationToken);
        var ordered = oldestFirst ? matching.OrderBy(a => a.Id) : matching.OrderByDescending(a => a.Id);
        var entries = await ordered.Skip(Math.Max(skip, 0)).Take(take).ToListAsync(cancellationToken);
        var names = await AuditNamesLoader.LoadAsync(db, entries, cancellationToken);
        return ([.. entries.Select(e => AuditDescriber.Describe(e, names))], total);
    }

    /// <summary>Everyone who appears in the log as having acted, named as the grid names them, by name.</summary>
    public async Task<IReadOnlyList<(string Actor, string Who, string? Detail)>> PeopleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actors = await db.AuditLog.Select(a => a.Actor).Distinct().ToListAsync(cancellationToken);
        var names = await AuditNamesLoader.LoadAsync(db, [], cancellationToken);
        return [.. actors.Select(actor => AuditDescriber.Who(actor, names) is var (who, detail) ? (actor, who, detail) : default)
            .OrderBy(p => p.who, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The rounds a filter can offer, newest first.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> RoundsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return [.. (await db.Rounds.OrderByDescending(r => r.Id).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name))];
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditLog.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>Streams every matching entry, oldest first, as CSV.</summary>
    public async Task ExportCsvAsync(AuditQuery query, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await writer.WriteLineAsync(CsvText.SafeLine("id", "occurred_at", "actor", "action", "entity_type", "entity_key", "old_values", "new_values", "comment"));
        var matching = await FilterAsync(db, db.AuditLog.AsNoTracking(), query, cancellationToken);
        await foreach (var a in matching.OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(CsvText.SafeLine(a.Id.ToString(), a.OccurredAt.ToString("O"), a.Actor, a.Action, a.EntityType, a.EntityKey,
                a.OldValues ?? "", a.NewValues ?? "", a.Comment ?? ""));
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static async Task<IQueryable<AuditEntry>> FilterAsync(PortalDbContext db, IQueryable<AuditEntry> entries, AuditQuery query, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(a => a.Actor.Contains(query.Actor.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            entries = entries.Where(a => a.Actor == query.Person);
        }
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(a => a.EntityType == query.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            entries = AuditKinds.Matching(entries, query.Kind);
        }
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(a => a.Action == query.Action);
        }
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.OccurredAt >= start);
        }
        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.OccurredAt < end);
        }
        if (query.RoundId is { } roundId)
        {
            entries = await OfRoundAsync(db, entries, roundId, cancellationToken);
        }
        return entries;
    }

    /// <summary>
    /// A round's entries: the round's own (by id for row changes, by slug for named actions), rows keyed by it, and
    /// rows that belong to it — found by the rows as they are now, and for rows since removed by the round id
    /// their added or removed entry carries.
    /// </summary>
    private static async Task<IQueryable<AuditEntry>> OfRoundAsync(PortalDbContext db, IQueryable<AuditEntry> entries, int roundId, CancellationToken cancellationToken)
    {
        var slug = await db.Rounds.Where(r => r.Id == roundId).Select(r => r.Slug).SingleOrDefaultAsync(cancellationToken);
        var id = roundId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var prefix = id + ",";
        var carried = $"{{\"RoundId\": {id}}}";
        var scores = db.Scores.Where(s => s.RoundId == roundId).Select(s => s.Id.ToString());
        var evidence = db.LonglistEvidence.Where(e => e.RoundId == roundId).Select(e => e.Id.ToString());
        var shortlist = db.ShortlistEntries.Where(e => e.RoundId == roundId);
        var shortlistIds = shortlist.Select(e => e.Id.ToString());
        var partners = shortlist.SelectMany(e => e.Partners).Select(p => p.Id.ToString());
        var rationale = shortlist.SelectMany(e => e.Rationale).Select(r => r.Id.ToString());
        var assessments = shortlist.SelectMany(e => e.Partners).SelectMany(p => p.Principles).Select(p => p.Id.ToString());
        return entries.Where(a =>
            (a.EntityType == "Round" && (a.EntityKey == id || a.EntityKey == slug))
            || (KeyedByRound.Contains(a.EntityType) && a.EntityKey.StartsWith(prefix))
            || (a.EntityType == "Score" && scores.Contains(a.EntityKey))
            || (a.EntityType == "LonglistEvidence" && evidence.Contains(a.EntityKey))
            || (a.EntityType == "ShortlistEntry" && shortlistIds.Contains(a.EntityKey))
            || (a.EntityType == nameof(ShortlistPartner) && partners.Contains(a.EntityKey))
            || (a.EntityType == nameof(ShortlistRationale) && rationale.Contains(a.EntityKey))
            || (a.EntityType == nameof(PrincipleAssessment) && assessments.Contains(a.EntityKey))
            || (CarryRound.Contains(a.EntityType) && (EF.Functions.JsonContains(a.NewValues!, carried) || EF.Functions.JsonContains(a.OldValues!, carried))));
    }
}
