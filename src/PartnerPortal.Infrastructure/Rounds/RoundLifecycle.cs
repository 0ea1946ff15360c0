using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>Opens, closes and publishes rounds, and assigns the analysts who score them; each step audited.</summary>
public sealed class RoundLifecycle(IDbContextFactory<PortalDbContext> contextFactory, AuditTrail audit, TimeProvider clock, RoundSnapshotWriter snapshots)
{
    public async Task MoveAsync(string roundSlug, RoundStatus target, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditSuppressed = true;
        // Waits for the phase-dependent writes in flight; those that start now wait for this and see the new phase.
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Exclusive, cancellationToken);
        var round = await db.Rounds.SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        var before = round.Status;
        round.MoveTo(target, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (round.IsPublished)
        {
            // In the publish's transaction, under its lock: the round's outputs from now on are these (ADR-007).
            await snapshots.TakeAsync(db, round, cancellationToken);
        }
        audit.Record(db, "round.status", nameof(Round), round.Slug, new { status = before.ToString() }, new { status = target.ToString(), round.PublishedOn });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> AnalystEmailsAsync(string roundSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        var ids = await db.Set<RoundAnalyst>().Where(a => a.RoundId == round.Id).Select(a => a.AnalystId).ToListAsync(cancellationToken);
        return await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(cancellationToken);
    }

    /// <summary>Replaces the round's analysts with these accounts, each of which must hold the Analyst role.</summary>
    public async Task AssignAnalystsAsync(string roundSlug, IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditSuppressed = true;
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Exclusive, cancellationToken);
        var round = await db.Rounds.Include(r => r.Analysts).SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken)
            ?? throw new RoundNotFoundException(roundSlug);
        round.EnsureEditable();
        var normalised = emails.Select(e => e.Trim().ToUpperInvariant()).Distinct().ToList();
        var analystRole = await db.Roles.Where(r => r.Name == PortalRoles.Analyst).Select(r => r.Id).SingleAsync(cancellationToken);
        var users = await db.Users.Where(u => normalised.Contains(u.NormalizedEmail!))
            .Select(u => new { u.Id, u.Email, u.NormalizedEmail, IsAnalyst = db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == analystRole) })
            .ToListAsync(cancellationToken);
        var unknown = normalised.Except(users.Select(u => u.NormalizedEmail!)).ToList();
        if (unknown.Count > 0)
        {
            throw new AccountException($"No account for {string.Join(", ", emails.Where(e => unknown.Contains(e.Trim().ToUpperInvariant())))}.");
        }
        var notAnalysts = users.Where(u => !u.IsAnalyst).Select(u => u.Email).ToList();
        if (notAnalysts.Count > 0)
        {
            throw new AccountException($"Only analysts can be assigned to score a round; these accounts are not analysts: {string.Join(", ", notAnalysts)}.");
        }
        var before = round.Analysts.Select(a => a.AnalystId).ToList();
        round.Analysts.RemoveAll(a => !users.Any(u => u.Id == a.AnalystId));
        round.Analysts.AddRange(users.Where(u => !before.Contains(u.Id)).Select(u => new RoundAnalyst { RoundId = round.Id, AnalystId = u.Id }));
        audit.Record(db, "round.analysts", nameof(Round), round.Slug, null, new { analysts = users.Select(u => u.Email).Order().ToList() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
