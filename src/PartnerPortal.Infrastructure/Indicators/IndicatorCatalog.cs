using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Indicators;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// The indicator catalogue (study Table 5.2 and what admins add): read with how much data each indicator
/// has, added to and edited by admins. A save from an older version is refused, never applied.
/// </summary>
public sealed class IndicatorCatalog(IDbContextFactory<PortalDbContext> contextFactory, IValidator<IndicatorDetails> validator)
{
    public async Task<IReadOnlyList<IndicatorSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var coverage = await db.IndicatorValues.GroupBy(v => v.IndicatorId)
            .Select(g => new { Id = g.Key, Values = g.Count(), Countries = g.Select(v => v.CountryId).Distinct().Count(), First = g.Min(v => v.Year), Last = g.Max(v => v.Year) })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Name).ThenBy(i => i.Unit).ToListAsync(cancellationToken);
        return [.. indicators.Select(i => coverage.TryGetValue(i.Id, out var c)
            ? new IndicatorSummary(i, c.Values, c.Countries, c.First, c.Last)
            : new IndicatorSummary(i, 0, 0, null, null))];
    }

    public async Task<IndicatorDetails?> ReadAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Indicators.AsNoTracking().Where(i => i.Code == code)
            .Select(i => new IndicatorDetails(i.Code, i.Name, i.Unit, i.Source, i.HigherIsBetter, i.Description, i.Version))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task CreateAsync(IndicatorDetails details, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(details);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Indicators.AnyAsync(i => i.Code == details.Code, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(IndicatorDetails.Code), $"There is already an indicator '{details.Code}'.")]);
        }
        var indicator = new Indicator { Code = details.Code.Trim(), Name = "", Unit = "", Source = "", Description = "" };
        Apply(indicator, details);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>null when saved; what someone else saved first otherwise (nothing is changed).</returns>
    public async Task<SaveConflict<IndicatorDetails>?> SaveAsync(IndicatorDetails details, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(details);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Code == details.Code, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no indicator '{details.Code}'.");
        db.Entry(indicator).Property(i => i.Version).OriginalValue = details.Version;
        Apply(indicator, details);
        return await SaveConflicts.SaveOrConflictAsync(db, async () => await ReadAsync(details.Code, cancellationToken), nameof(Indicator), [indicator.Id.ToString(), indicator.Code], cancellationToken);
    }

    private static void Apply(Indicator indicator, IndicatorDetails details) =>
        (indicator.Name, indicator.Unit, indicator.Source, indicator.HigherIsBetter, indicator.Description) =
        (details.Name.Trim(), details.Unit.Trim(), details.Source.Trim(), details.HigherIsBetter, details.Description.Trim());
}
