using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;

namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>
/// Portfolio managers' decisions on the shortlist: accept, reject or defer a proposed pair, or add a country
/// the longlist does not hold (as the study did). Every decision needs a rationale; a decision based on an
/// older version of the pair's decision is refused.
/// </summary>
public sealed class ShortlistDecisions(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int MaximumRationaleLength = 2000;

    public async Task<IReadOnlyList<PairDecision>> ReadAsync(string roundSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        return await db.ShortlistEntries.Where(e => e.RoundId == round.Id)
            .SelectMany(e => e.Partners.Select(p => new PairDecision(p.Country!.Code, e.Technology!.Slug, p.Decision, p.DecisionRationale, p.Version, p.Qualifier)))
            .ToListAsync(cancellationToken);
    }

    /// <param name="expectedVersion">The version of the decision the manager saw; null when there was none.</param>
    /// <returns>null when saved; the decision someone else saved first otherwise.</returns>
    public Task<SaveConflict<PairDecision>?> DecideAsync(
        string roundSlug, string countryCode, string technologySlug, ShortlistDecision decision, string rationale, uint? expectedVersion,
        CancellationToken cancellationToken = default) =>
        DecideAllAsync(roundSlug, [new DecisionTarget(countryCode, technologySlug, expectedVersion)], decision, rationale, cancellationToken);

    /// <summary>
    /// The same decision and rationale for several pairs at once, all or nothing: when someone else has decided
    /// any of them since the manager looked, none is saved and the answer is that pair's current decision.
    /// </summary>
    public async Task<SaveConflict<PairDecision>?> DecideAllAsync(
        string roundSlug, IReadOnlyList<DecisionTarget> targets, ShortlistDecision decision, string rationale, CancellationToken cancellationToken = default)
    {
        Validate(targets, decision, rationale);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Exclusive: two managers' first decisions on a technology would otherwise both create its shortlist entry,
        // and the second would fail on the unique key; in turn, the second reads the first's entry and decision.
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Exclusive, cancellationToken);
        var round = await db.Rounds.SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        round.EnsureEditable();
        var entries = await db.ShortlistEntries.Include(e => e.Partners).Where(e => e.RoundId == round.Id).ToListAsync(cancellationToken);
        var nextPosition = entries.Select(e => e.Position).DefaultIfEmpty().Max() + 1;
        foreach (var target in targets)
        {
            var technology = await db.Rounds.Where(r => r.Id == round.Id).SelectMany(r => r.Technologies).Where(t => t.Technology!.Slug == target.TechnologySlug)
                .Select(t => t.Technology).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ShortlistDecisionException($"Technology '{target.TechnologySlug}' is not in the scope of round '{round.Slug}'.");
            var country = await db.Countries.SingleOrDefaultAsync(c => c.Code == target.CountryCode, cancellationToken)
                ?? throw new ShortlistDecisionException($"There is no country or grouping with the code '{target.CountryCode}'.");
            if (country.Id == round.HomeCountryId)
            {
                throw new ShortlistDecisionException($"{country.Name} is the round's home country, not a partner.");
            }
            var entry = entries.SingleOrDefault(e => e.TechnologyId == technology!.Id);
            if (entry is null)
            {
                entry = new ShortlistEntry { RoundId = round.Id, TechnologyId = technology!.Id, Position = nextPosition++, Title = technology.Name, Description = "" };
                db.ShortlistEntries.Add(entry);
                entries.Add(entry);
            }
            var partner = entry.Partners.SingleOrDefault(p => p.CountryId == country.Id && p.Qualifier == null);
            if (partner is null)
            {
                if (target.ExpectedVersion is not null)
                {
                    return await ConflictAsync(roundSlug, target, transaction, cancellationToken);
                }
                partner = new ShortlistPartner { CountryId = country.Id, Position = entry.Partners.Select(p => p.Position).DefaultIfEmpty().Max() + 1, DecisionRationale = "" };
                entry.Partners.Add(partner);
            }
            else if (target.ExpectedVersion is null || partner.Version != target.ExpectedVersion)
            {
                return await ConflictAsync(roundSlug, target, transaction, cancellationToken);
            }
            else
            {
                db.Entry(partner).Property(p => p.Version).OriginalValue = target.ExpectedVersion.Value;
            }
            if (decision == ShortlistDecision.Accepted && round.RequireMitigationForHigh)
            {
                var (screening, review) = await ResearchSecurity.PairScreeningReader.ReadAsync(db, round, country.Id, technology!.Id, cancellationToken);
                if (ScreeningAcceptance.RefusalFor($"{country.Name} – {technology.Name}", screening, roundRequiresMitigation: true, review?.Mitigation) is { } refusal)
                {
                    throw new ShortlistDecisionException(refusal, (country.Code, technology.Slug));
                }
            }
            partner.Decision = decision;
            partner.DecisionRationale = rationale.Trim();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            var current = await ReadAsync(roundSlug, cancellationToken);
            var changed = targets.FirstOrDefault(t => current.SingleOrDefault(d => d.CountryCode == t.CountryCode && d.TechnologySlug == t.TechnologySlug && d.Qualifier is null)?.Version != t.ExpectedVersion)
                ?? targets[0];
            return await ConflictAsync(roundSlug, changed, null, cancellationToken);
        }
    }

    private static void Validate(IReadOnlyList<DecisionTarget> targets, ShortlistDecision decision, string rationale)
    {
        if (targets.Count == 0)
        {
            throw new ShortlistDecisionException("Choose at least one pair to decide on.");
        }
        if (targets.DistinctBy(t => (t.CountryCode, t.TechnologySlug)).Count() != targets.Count)
        {
            throw new ShortlistDecisionException("A pair is listed twice; decide on each pair once.");
        }
        if (decision == ShortlistDecision.Proposed)
        {
            throw new ShortlistDecisionException("Choose accept, reject or defer.");
        }
        if (string.IsNullOrWhiteSpace(rationale))
        {
            throw new ShortlistDecisionException("Give the rationale for this decision; it is published with the shortlist.");
        }
        if (rationale.Length > MaximumRationaleLength)
        {
            throw new ShortlistDecisionException($"The rationale is limited to {MaximumRationaleLength} characters.");
        }
    }

    /// <summary>Ends the (failed) transaction first, so the conflict is read as others see it.</summary>
    private async Task<SaveConflict<PairDecision>> ConflictAsync(string roundSlug, DecisionTarget target, IDbContextTransaction? transaction, CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        return await ConflictAsync(roundSlug, target.CountryCode, target.TechnologySlug, cancellationToken);
    }

    private async Task<SaveConflict<PairDecision>> ConflictAsync(string roundSlug, string countryCode, string technologySlug, CancellationToken cancellationToken)
    {
        var current = (await ReadAsync(roundSlug, cancellationToken)).Single(d => d.CountryCode == countryCode && d.TechnologySlug == technologySlug && d.Qualifier is null);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The audit log keys a decision by its row: find this pair's, so the message names the person who decided it.
        var partnerId = await db.ShortlistEntries
            .Where(e => db.Rounds.Any(r => r.Id == e.RoundId && r.Slug == roundSlug) && e.Technology!.Slug == technologySlug)
            .SelectMany(e => e.Partners)
            .Where(p => p.Country!.Code == countryCode && p.Qualifier == null)
            .Select(p => p.Id)
            .SingleAsync(cancellationToken);
        return await SaveConflicts.FromAuditLogAsync(db, current, nameof(ShortlistPartner), [partnerId.ToString()], cancellationToken);
    }
}
