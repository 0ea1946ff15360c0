using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>
/// Admins tag a technology with the critical technology areas it touches and whether it is dual use. Audited like
/// every row; the audit entry is what makes every round's analysis (and so its screening) reload. A save based on
/// an older version is refused, never applied.
/// </summary>
public sealed class TechnologySensitivityEditor(IDbContextFactory<PortalDbContext> contextFactory, IValidator<TechnologySensitivityDetails> validator)
{
    /// <returns>null when there is no such technology; an untagged one (version 0) when it was never tagged.</returns>
    public async Task<TechnologySensitivityDetails?> ReadAsync(string technologySlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var technologyId = await db.Technologies.Where(t => t.Slug == technologySlug).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken);
        if (technologyId is null)
        {
            return null;
        }
        var row = await db.TechnologySensitivities.AsNoTracking().SingleOrDefaultAsync(s => s.TechnologyId == technologyId, cancellationToken);
        return row is null
            ? new TechnologySensitivityDetails(technologySlug, [], false, "", "", 0)
            : new TechnologySensitivityDetails(technologySlug, [.. row.Areas.Order()], row.DualUse, row.Note, row.Source, row.Version);
    }

    /// <summary>Each tagged technology's level by slug, for lists; a technology missing here is untagged (Low).</summary>
    public async Task<IReadOnlyDictionary<string, SensitivityLevel>> LevelsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.TechnologySensitivities.AsNoTracking()
            .Join(db.Technologies, s => s.TechnologyId, t => t.Id, (s, t) => new { t.Slug, s.Areas, s.DualUse })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Slug, r => TechnologySensitivity.LevelOf(r.Areas, r.DualUse));
    }

    /// <returns>null when saved; the tagging someone else saved first otherwise.</returns>
    public async Task<SaveConflict<TechnologySensitivityDetails>?> SaveAsync(TechnologySensitivityDetails details, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(details);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var technologyId = await db.Technologies.Where(t => t.Slug == details.TechnologySlug).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no technology '{details.TechnologySlug}'.");
        string[] keys = [technologyId.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        async Task<TechnologySensitivityDetails?> Current() => await ReadAsync(details.TechnologySlug, cancellationToken);
        var row = await db.TechnologySensitivities.SingleOrDefaultAsync(s => s.TechnologyId == technologyId, cancellationToken);
        if (row is null)
        {
            row = new TechnologySensitivity { TechnologyId = technologyId };
            db.TechnologySensitivities.Add(row);
        }
        else if (details.Version == 0)
        {
            // Tagged by someone else since this admin read it untagged: theirs stands until this admin has seen it.
            return await SaveConflicts.FromAuditLogAsync(db, (await Current())!, nameof(TechnologySensitivity), keys, cancellationToken);
        }
        else
        {
            db.Entry(row).Property(s => s.Version).OriginalValue = details.Version;
        }
        row.Areas = [.. details.Areas.Distinct().Order()];
        row.DualUse = details.DualUse;
        row.Note = details.Note.Trim();
        row.Source = details.Source.Trim();
        return await SaveConflicts.SaveOrFirstWinsAsync(db, Current, nameof(TechnologySensitivity), keys, cancellationToken);
    }
}
