using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Demo;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>
/// Deletes a Draft round, or a generated or example round before publication, in one transaction: the round
/// with its scores, evidence, weights and decisions (the database cascades them), and what the demo generator
/// invented only for it — countries, technologies and analyst accounts that no other round uses. The real
/// catalogue is never touched. One audit entry says what went.
/// </summary>
public sealed class RoundDeletion(IDbContextFactory<PortalDbContext> contextFactory, AuditTrail audit)
{
    public async Task<RoundDeletionReport> DeleteAsync(string roundSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditSuppressed = true;
        // Locked, so a save or a publish racing the deletion waits for it and then finds no round.
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Exclusive, cancellationToken);
        var round = await db.Rounds
            .Include(r => r.Countries).ThenInclude(rc => rc.Country)
            .Include(r => r.Technologies).ThenInclude(rt => rt.Technology)
            .Include(r => r.Analysts)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        round.EnsureDeletable();

        var scores = await db.Scores.CountAsync(s => s.RoundId == round.Id, cancellationToken);
        var otherRounds = db.Rounds.Where(r => r.Id != round.Id);
        var countryIds = round.Countries.Where(rc => DemoRoundGenerator.IsGenerated(rc.Country!)).Select(rc => rc.CountryId).ToList();
        var technologyIds = round.Technologies.Where(rt => DemoRoundGenerator.IsGenerated(rt.Technology!)).Select(rt => rt.TechnologyId).ToList();
        var accountDomain = "@" + DemoRoundGenerator.GeneratedAccountDomain(round.Slug).ToUpperInvariant();
        var analystIds = round.Analysts.Select(a => a.AnalystId).ToList();
        var accounts = await db.Users
            .Where(u => analystIds.Contains(u.Id) && u.IsDemo && u.NormalizedEmail!.EndsWith(accountDomain))
            .Where(u => !otherRounds.Any(r => r.Analysts.Any(a => a.AnalystId == u.Id)))
            .Select(u => new { u.Id, u.Email })
            .ToListAsync(cancellationToken);

        db.Rounds.Remove(round);
        await db.SaveChangesAsync(cancellationToken);
        var removedCountries = await db.Countries
            .Where(c => countryIds.Contains(c.Id) && !db.Set<RoundCountry>().Any(rc => rc.CountryId == c.Id) && !db.Rounds.Any(r => r.HomeCountryId == c.Id))
            .ExecuteDeleteAsync(cancellationToken);
        var removedTechnologies = await db.Technologies
            .Where(t => technologyIds.Contains(t.Id) && !db.Set<RoundTechnology>().Any(rt => rt.TechnologyId == t.Id))
            .ExecuteDeleteAsync(cancellationToken);
        var accountIds = accounts.Select(a => a.Id).ToList();
        await db.Users.Where(u => accountIds.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);

        var report = new RoundDeletionReport(round.Slug, scores, removedCountries, removedTechnologies, accounts.Count);
        audit.Record(db, "round.deleted", nameof(Round), round.Slug,
            new { round.Name, status = round.Status.ToString(), origin = round.Origin.ToString(), scores },
            new { countriesRemoved = removedCountries, technologiesRemoved = removedTechnologies, accountsRemoved = accounts.Select(a => a.Email).Order().ToList() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }
}
