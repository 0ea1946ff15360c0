using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnerPortal.Domain.Contradictions;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Contradictions;

/// <summary>
/// Admins say which indicators bear on a criterion and which way, so scores that contradict the country data are
/// flagged. Every change is audited, and the audit entry is what makes every round's analysis reload.
/// </summary>
public sealed class CriterionIndicatorLinksEditor(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const string IndicatorField = "Indicator";

    public async Task<IReadOnlyList<LinkedIndicator>> ListAsync(string criterionCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.CriterionIndicatorLinks.AsNoTracking()
            .Where(l => db.Criteria.Any(c => c.Id == l.CriterionId && c.Code == criterionCode))
            .Join(db.Indicators, l => l.IndicatorId, i => i.Id, (l, i) => new { i.Code, i.Name, i.Unit, l.HigherValueSupportsHigherScore })
            .OrderBy(l => l.Name)
            .Select(l => new LinkedIndicator(l.Code, l.Name, l.Unit, l.HigherValueSupportsHigherScore)).ToListAsync(cancellationToken);
    }

    /// <summary>Every indicator, by name: those already linked are left for the page to tell apart.</summary>
    public async Task<IReadOnlyList<IndicatorChoice>> IndicatorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Indicators.AsNoTracking().OrderBy(i => i.Name).Select(i => new IndicatorChoice(i.Code, i.Name, i.HigherIsBetter)).ToListAsync(cancellationToken);
    }

    public async Task AddAsync(string criterionCode, string indicatorCode, bool higherValueSupportsHigherScore, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (criterionId, indicatorId) = await IdsAsync(db, criterionCode, indicatorCode, cancellationToken);
        if (await db.CriterionIndicatorLinks.AnyAsync(l => l.CriterionId == criterionId && l.IndicatorId == indicatorId, cancellationToken))
        {
            throw Duplicate();
        }
        db.CriterionIndicatorLinks.Add(new CriterionIndicatorLink { CriterionId = criterionId, IndicatorId = indicatorId, HigherValueSupportsHigherScore = higherValueSupportsHigherScore });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw Duplicate(); // another admin linked it a moment earlier
        }
    }

    /// <param name="wasHigherValueSupportsHigherScore">The direction the admin saw: a link someone changed or removed since is not changed.</param>
    public async Task SetDirectionAsync(string criterionCode, string indicatorCode, bool wasHigherValueSupportsHigherScore, bool higherValueSupportsHigherScore,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var link = await LinkAsync(db, criterionCode, indicatorCode, cancellationToken);
        if (link.HigherValueSupportsHigherScore != wasHigherValueSupportsHigherScore)
        {
            throw new CriterionIndicatorLinkException("Direction", "Someone changed this link's direction while you were looking; the list now shows what they saved.");
        }
        link.HigherValueSupportsHigherScore = higherValueSupportsHigherScore;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveAsync(string criterionCode, string indicatorCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.CriterionIndicatorLinks.Remove(await LinkAsync(db, criterionCode, indicatorCode, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<CriterionIndicatorLink> LinkAsync(PortalDbContext db, string criterionCode, string indicatorCode, CancellationToken cancellationToken)
    {
        var (criterionId, indicatorId) = await IdsAsync(db, criterionCode, indicatorCode, cancellationToken);
        return await db.CriterionIndicatorLinks.SingleOrDefaultAsync(l => l.CriterionId == criterionId && l.IndicatorId == indicatorId, cancellationToken)
            ?? throw new CriterionIndicatorLinkException(IndicatorField, "This indicator is no longer linked to the criterion (someone removed it).");
    }

    private static async Task<(int CriterionId, int IndicatorId)> IdsAsync(PortalDbContext db, string criterionCode, string indicatorCode, CancellationToken cancellationToken)
    {
        var criterionId = await db.Criteria.Where(c => c.Code == criterionCode).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no criterion '{criterionCode}'.");
        var indicatorId = await db.Indicators.Where(i => i.Code == indicatorCode).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new CriterionIndicatorLinkException(IndicatorField, string.IsNullOrWhiteSpace(indicatorCode) ? "Choose an indicator." : $"There is no indicator '{indicatorCode}'.");
        return (criterionId, indicatorId);
    }

    private static CriterionIndicatorLinkException Duplicate() =>
        new(IndicatorField, "This indicator is already linked to the criterion; change its direction in the list instead.");
}
