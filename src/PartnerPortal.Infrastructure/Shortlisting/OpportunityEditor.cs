using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Shortlisting;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;

namespace PartnerPortal.Infrastructure.Shortlisting;

/// <summary>
/// Records, for an accepted opportunity, how it meets the win-win principles, how value would be captured
/// and which instruments suit it. A save from an older version is refused; a published round refuses all.
/// </summary>
public sealed class OpportunityEditor(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int MaximumNoteLength = 2000;

    public async Task<OpportunityDetails?> ReadAsync(string roundSlug, string countryCode, string technologySlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        var partner = await FindAsync(db, round.Id, countryCode, technologySlug, cancellationToken);
        if (partner is null)
        {
            return null;
        }
        var technology = await db.ShortlistEntries.Where(e => e.Id == partner.ShortlistEntryId).Select(e => e.Technology!.Name).SingleAsync(cancellationToken);
        var principles = await db.Principles.AsNoTracking().OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var instruments = await db.Instruments.AsNoTracking().OrderBy(i => i.Position).ToListAsync(cancellationToken);
        return new OpportunityDetails(
            round.Name, round.IsPublished, countryCode, partner.Country!.Name, technologySlug, technology, partner.Decision, partner.DecisionRationale, partner.Version,
            principles.Select(p => partner.Principles.FirstOrDefault(a => a.PrincipleId == p.Id) is { } a
                ? new PrincipleView(p.Id, p.Name, p.Description, a.Status, a.Note)
                : new PrincipleView(p.Id, p.Name, p.Description, PrincipleStatus.Unknown, null)).ToList(),
            partner.ValueCapture,
            instruments.Select(i => new InstrumentChoice(i.Id, i.Name, i.Description, partner.InstrumentIds.Contains(i.Id))).ToList());
    }

    /// <returns>null when saved; the details someone else saved first otherwise.</returns>
    public async Task<SaveConflict<OpportunityDetails>?> SaveAsync(string roundSlug, string countryCode, string technologySlug, OpportunityInput input, CancellationToken cancellationToken = default)
    {
        if (input.Principles.Any(p => p.Note?.Length > MaximumNoteLength))
        {
            throw new ShortlistDecisionException($"A principle's note is limited to {MaximumNoteLength} characters.");
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Shared, cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        round.EnsureEditable();
        var partner = await FindAsync(db, round.Id, countryCode, technologySlug, cancellationToken, tracked: true)
            ?? throw new ShortlistDecisionException($"{countryCode} is not on the shortlist for {technologySlug}.");
        if (partner.Decision != ShortlistDecision.Accepted)
        {
            throw new ShortlistDecisionException("Only an accepted opportunity is described; accept it first.");
        }
        var principleIds = await db.Principles.Select(p => p.Id).ToListAsync(cancellationToken);
        var instrumentIds = await db.Instruments.Select(i => i.Id).ToListAsync(cancellationToken);
        if (input.Principles.Any(p => !principleIds.Contains(p.PrincipleId)) || input.InstrumentIds.Any(i => !instrumentIds.Contains(i)))
        {
            throw new ShortlistDecisionException("The form names a principle or instrument that no longer exists; reload the page.");
        }
        db.Entry(partner).Property(p => p.Version).OriginalValue = input.Version;
        partner.ValueCapture = input.ValueCapture;
        partner.InstrumentIds = [.. input.InstrumentIds.Distinct().Order()];
        foreach (var (principleId, status, note) in input.Principles)
        {
            var assessment = partner.Principles.FirstOrDefault(a => a.PrincipleId == principleId);
            if (assessment is null)
            {
                partner.Principles.Add(assessment = new PrincipleAssessment { PrincipleId = principleId });
            }
            (assessment.Status, assessment.Note) = (status, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        }
        // The partner row always changes, so its version moves even when only an assessment did.
        db.Entry(partner).Property(p => p.ValueCapture).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            var current = await ReadAsync(roundSlug, countryCode, technologySlug, cancellationToken);
            return new SaveConflict<OpportunityDetails>(current!, "another manager", null);
        }
    }

    private static Task<ShortlistPartner?> FindAsync(PortalDbContext db, int roundId, string countryCode, string technologySlug, CancellationToken cancellationToken, bool tracked = false)
    {
        var partners = db.ShortlistEntries.Where(e => e.RoundId == roundId && e.Technology!.Slug == technologySlug)
            .SelectMany(e => e.Partners)
            .Where(p => p.Country!.Code == countryCode && p.Qualifier == null)
            .Include(p => p.Country)
            .Include(p => p.Principles);
        return (tracked ? partners : partners.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }
}
