using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Values derived from the imported indicators (a country's latest facts, the statement rules' outcomes), kept
/// until the audit log shows a change they depend on — an import, an indicator, a rule or a country — counted
/// and dated by id, so a change that commits late is seen too, and every portal instance sees the others'
/// changes the same way. Checking costs one indexed query; deriving costs ranking every country's values.
/// </summary>
public sealed class IndicatorDataMemo(IDbContextFactory<PortalDbContext> contextFactory)
{
    private static readonly string[] DependsOn = ["IndicatorImport", nameof(Indicator), nameof(StatementRule), nameof(Country)];

    // Compiled: the scoring page checks this on every request.
    private static readonly Func<PortalDbContext, Task<Stamp?>> StampOf = EF.CompileAsyncQuery((PortalDbContext db) =>
        db.AuditLog.Where(a => DependsOn.Contains(a.EntityType)).GroupBy(_ => 1).Select(g => new Stamp(g.Count(), g.Max(a => a.Id))).SingleOrDefault());

    private volatile Remembered? _remembered;

    public async Task<T> GetAsync<T>(string key, Func<PortalDbContext, CancellationToken, Task<T>> compute, CancellationToken cancellationToken = default) where T : class
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var stamp = await StampOf(db) ?? new Stamp(0, 0);
        var remembered = _remembered;
        if (remembered is null || remembered.Stamp != stamp)
        {
            remembered = new Remembered(stamp, new DerivedValues());
            _remembered = remembered;
        }
        return await remembered.Values.GetAsync(key, () => compute(db, cancellationToken));
    }

    private sealed record Stamp(int Entries, long LastId);

    private sealed record Remembered(Stamp Stamp, DerivedValues Values);
}
