using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Auditing;
using PartnerPortal.Infrastructure.Csv;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Auditing;

public sealed class AuditLogReader(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> PageAsync(AuditQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = Filter(db.AuditLog.AsNoTracking(), query);
        var total = await matching.CountAsync(cancellationToken);
        var entries = await matching.OrderByDescending(a => a.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (entries, total);
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
        await foreach (var a in Filter(db.AuditLog.AsNoTracking(), query).OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(CsvText.SafeLine(a.Id.ToString(), a.OccurredAt.ToString("O"), a.Actor, a.Action, a.EntityType, a.EntityKey,
                a.OldValues ?? "", a.NewValues ?? "", a.Comment ?? ""));
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(a => a.Actor.Contains(query.Actor.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(a => a.EntityType == query.EntityType);
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
        return entries;
    }
}
