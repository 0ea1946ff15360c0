using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>
/// Changes which partners and technologies a draft round covers. Once scoring has begun the scope is fixed:
/// dropping a pair would orphan analysts' scores and evidence.
/// </summary>
public sealed class RoundScopeEditor(IDbContextFactory<PortalDbContext> contextFactory, AuditTrail audit)
{
    public async Task<(IReadOnlyList<string> Countries, IReadOnlyList<string> Technologies)> ReadAsync(string roundSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        return (await db.Rounds.Where(r => r.Id == round.Id).SelectMany(r => r.Countries).OrderBy(c => c.Position).Select(c => c.Country!.Code).ToListAsync(cancellationToken),
                await db.Rounds.Where(r => r.Id == round.Id).SelectMany(r => r.Technologies).Select(t => t.Technology!.Slug).ToListAsync(cancellationToken));
    }

    public async Task SaveAsync(string roundSlug, IReadOnlyList<string> countryCodes, IReadOnlyList<string> technologySlugs, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditSuppressed = true;
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Exclusive, cancellationToken);
        var round = await db.Rounds.Include(r => r.Countries).Include(r => r.Technologies).Include(r => r.HomeCountry)
            .SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        round.EnsureEditable();
        if (round.Status != RoundStatus.Draft)
        {
            throw new RoundClosedException($"Round '{round.Slug}' is in {round.Status}: its scope is fixed once scoring has begun.");
        }
        var countries = await db.Countries.Where(c => countryCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var technologies = await db.Technologies.Where(t => technologySlugs.Contains(t.Slug)).Select(t => t.Id).ToListAsync(cancellationToken);
        var problems = new List<ValidationFailure>();
        if (countries.Count == 0)
        {
            problems.Add(new ValidationFailure("CountryCodes", "Choose at least one partner country."));
        }
        if (countryCodes.Contains(round.HomeCountry!.Code))
        {
            problems.Add(new ValidationFailure("CountryCodes", "The home country cannot also be a partner."));
        }
        if (technologies.Count == 0)
        {
            problems.Add(new ValidationFailure("TechnologySlugs", "Choose at least one technology."));
        }
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }
        var before = new { countries = round.Countries.Count, technologies = round.Technologies.Count };
        // Kept rows are updated in place, so no row is deleted and re-added under the same key.
        var order = countryCodes.Distinct().Where(countries.ContainsKey).Select((code, i) => (Id: countries[code], Position: i + 1)).ToList();
        round.Countries.RemoveAll(c => order.All(o => o.Id != c.CountryId));
        foreach (var (id, position) in order)
        {
            if (round.Countries.FirstOrDefault(c => c.CountryId == id) is { } kept)
            {
                kept.Position = position;
            }
            else
            {
                round.Countries.Add(new RoundCountry { CountryId = id, Position = position });
            }
        }
        round.Technologies.RemoveAll(t => !technologies.Contains(t.TechnologyId));
        round.Technologies.AddRange(technologies.Where(id => round.Technologies.All(t => t.TechnologyId != id)).Select(id => new RoundTechnology { TechnologyId = id }));
        audit.Record(db, "round.scope", nameof(Round), round.Slug, before, new { countries = countryCodes, technologies = technologySlugs });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
