using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>
/// Admins record the conditions for cooperating with a partner as seen from a home country. Audited like every
/// row; the audit entry is what makes the analyses of rounds run from that home country reload. A save based on
/// an older version is refused, never applied. No row reads as Unknown.
/// </summary>
public sealed class CooperationConditionsEditor(IDbContextFactory<PortalDbContext> contextFactory, IValidator<CooperationConditionsDetails> validator)
{
    /// <summary>The countries some round is run from, that of the most recently opened round first.</summary>
    public async Task<IReadOnlyList<HomeCountry>> HomeCountriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var homes = await db.Rounds.AsNoTracking()
            .GroupBy(r => r.HomeCountryId).Select(g => new { Id = g.Key, Latest = g.Max(r => r.Id) })
            .Join(db.Countries, h => h.Id, c => c.Id, (h, c) => new { h.Latest, c.Code, c.Name })
            .OrderByDescending(h => h.Latest).ToListAsync(cancellationToken);
        return [.. homes.Select(h => new HomeCountry(h.Code, h.Name))];
    }

    /// <returns>null when either country does not exist; the conditions as unrecorded (Unknown, version 0) when none were recorded.</returns>
    public async Task<CooperationConditionsDetails?> ReadAsync(string homeCountryCode, string countryCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await IdsAsync(db, homeCountryCode, countryCode, cancellationToken) is not { } ids)
        {
            return null;
        }
        var (homeId, countryId) = ids;
        var row = await db.CooperationConditions.AsNoTracking().SingleOrDefaultAsync(c => c.HomeCountryId == homeId && c.CountryId == countryId, cancellationToken);
        return row is null ? CooperationConditionsDetails.None(homeCountryCode, countryCode) : Of(homeCountryCode, countryCode, row);
    }

    /// <summary>A partner's conditions as seen from every country some round is run from (Unknown where none were recorded), for its profile.</summary>
    public async Task<IReadOnlyList<(HomeCountry Home, CooperationConditionsDetails Conditions)>> ForCountryAsync(string countryCode, CancellationToken cancellationToken = default)
    {
        var homes = await HomeCountriesAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.CooperationConditions.AsNoTracking()
            .Where(c => db.Countries.Any(country => country.Id == c.CountryId && country.Code == countryCode))
            .Join(db.Countries, c => c.HomeCountryId, home => home.Id, (c, home) => new { home.Code, Conditions = c })
            .ToDictionaryAsync(r => r.Code, r => r.Conditions, cancellationToken);
        return [.. homes.Where(h => h.Code != countryCode).Select(h => (h, rows.TryGetValue(h.Code, out var row)
            ? Of(h.Code, countryCode, row) : CooperationConditionsDetails.None(h.Code, countryCode)))];
    }

    /// <returns>null when saved; the conditions someone else saved first otherwise.</returns>
    public async Task<SaveConflict<CooperationConditionsDetails>?> SaveAsync(CooperationConditionsDetails details, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(details);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (homeId, countryId) = await IdsAsync(db, details.HomeCountryCode, details.CountryCode, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(details.HomeCountryCode), "There is no such country.")]);
        string[] keys = [string.Create(CultureInfo.InvariantCulture, $"{homeId},{countryId}")];
        async Task<CooperationConditionsDetails?> Current() => await ReadAsync(details.HomeCountryCode, details.CountryCode, cancellationToken);
        var row = await db.CooperationConditions.SingleOrDefaultAsync(c => c.HomeCountryId == homeId && c.CountryId == countryId, cancellationToken);
        if (row is null)
        {
            row = new CountryCooperationConditions { HomeCountryId = homeId, CountryId = countryId };
            db.CooperationConditions.Add(row);
        }
        else if (details.Version == 0)
        {
            // Recorded by someone else since this admin read them as unrecorded: theirs stands until this admin has seen it.
            return await SaveConflicts.FromAuditLogAsync(db, (await Current())!, nameof(CountryCooperationConditions), keys, cancellationToken);
        }
        else
        {
            db.Entry(row).Property(c => c.Version).OriginalValue = details.Version;
        }
        row.AgreementInForceSince = details.AgreementInForceSince;
        row.AssociatedToProgrammes = details.AssociatedToProgrammes;
        row.ReciprocityConcerns = details.ReciprocityConcerns.Trim();
        row.ValuesNote = details.ValuesNote.Trim();
        row.RiskLevel = details.RiskLevel;
        row.RiskRationale = details.RiskRationale.Trim();
        row.Sources = details.Sources.Trim();
        return await SaveConflicts.SaveOrFirstWinsAsync(db, Current, nameof(CountryCooperationConditions), keys, cancellationToken);
    }

    private static async Task<(int HomeId, int CountryId)?> IdsAsync(PortalDbContext db, string homeCountryCode, string countryCode, CancellationToken cancellationToken)
    {
        var ids = await db.Countries.Where(c => c.Code == homeCountryCode || c.Code == countryCode).ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        return ids.TryGetValue(homeCountryCode, out var homeId) && ids.TryGetValue(countryCode, out var countryId) ? (homeId, countryId) : null;
    }

    private static CooperationConditionsDetails Of(string homeCountryCode, string countryCode, CountryCooperationConditions row) =>
        new(homeCountryCode, countryCode, row.AgreementInForceSince, row.AssociatedToProgrammes, row.ReciprocityConcerns, row.ValuesNote,
            row.RiskLevel, row.RiskRationale, row.Sources, row.Version);
}
