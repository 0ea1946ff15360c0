using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Countries;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Countries;

/// <summary>Admins add countries and correct their facts; a save from an older version is refused, never applied.</summary>
public sealed class CountryEditor(IDbContextFactory<PortalDbContext> contextFactory, IValidator<CountryDetails> validator)
{
    public async Task<CountryDetails?> ReadAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Countries.AsNoTracking().Where(c => c.Code == code)
            .Select(c => new CountryDetails(c.Code, c.Iso2, c.Iso3, c.Name, c.StudyName, c.Kind, c.Region, c.Maturity, c.Version,
                c.Members.Select(m => m.Member!.Code).Order().ToList()))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task CreateAsync(CountryDetails details, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(details);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Countries.AnyAsync(c => c.Code == details.Code, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(CountryDetails.Code), $"There is already a country with the code {details.Code}.")]);
        }
        var country = new Country { Code = details.Code, Name = "", StudyName = "", Region = "" };
        Apply(country, details);
        db.Countries.Add(country);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>null when saved; the facts someone else saved first otherwise.</returns>
    public async Task<SaveConflict<CountryDetails>?> SaveAsync(CountryDetails details, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(details);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var country = await db.Countries.Include(c => c.Members).SingleOrDefaultAsync(c => c.Code == details.Code, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no country '{details.Code}'.");
        db.Entry(country).Property(c => c.Version).OriginalValue = details.Version;
        Apply(country, details);
        if (details.Kind == CountryKind.Grouping && details.Members is not null)
        {
            // A grouping's members change with the grouping's own row, so its version guards them.
            var memberIds = await db.Countries.Where(c => details.Members.Contains(c.Code) && c.Id != country.Id).Select(c => c.Id).ToListAsync(cancellationToken);
            country.Members.RemoveAll(m => !memberIds.Contains(m.MemberId));
            country.Members.AddRange(memberIds.Where(id => country.Members.All(m => m.MemberId != id)).Select(id => new GroupingMember { GroupingId = country.Id, MemberId = id }));
            db.Entry(country).Property(c => c.Name).IsModified = true;
        }
        return await SaveConflicts.SaveOrConflictAsync(db, async () => await ReadAsync(details.Code, cancellationToken), nameof(Country), [country.Id.ToString()], cancellationToken);
    }

    private static void Apply(Country country, CountryDetails details)
    {
        country.Iso2 = string.IsNullOrWhiteSpace(details.Iso2) ? null : details.Iso2;
        country.Iso3 = string.IsNullOrWhiteSpace(details.Iso3) ? null : details.Iso3;
        country.Name = details.Name.Trim();
        country.StudyName = details.StudyName.Trim();
        country.Kind = details.Kind;
        country.Region = details.Region.Trim();
        country.Maturity = details.Maturity;
    }
}
