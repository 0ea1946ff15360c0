using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.ResearchSecurity;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;

namespace PartnerPortal.Infrastructure.ResearchSecurity;

/// <summary>Edits a round's screening rule, whether high pairs need a mitigation plan, and what the proposal does with them.</summary>
public sealed class RoundScreeningSettingsEditor(IDbContextFactory<PortalDbContext> contextFactory)
{
    public async Task<RoundScreeningSettings> ReadAsync(string roundSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        return Of(round);
    }

    /// <returns>null when saved; the round's settings as someone else saved them first otherwise.</returns>
    public async Task<SaveConflict<RoundScreeningSettings>?> SaveAsync(string roundSlug, RoundScreeningSettings settings, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(settings.HighLevelPairs))
        {
            throw new ScreeningReviewException(nameof(settings.HighLevelPairs), "Choose whether the proposal flags or excludes high-level pairs.");
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Exclusive, like every change of a round's rules: the proposal and decisions in flight see one rule or the other.
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Exclusive, cancellationToken);
        var round = await db.Rounds.SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        round.EnsureEditable();
        db.Entry(round).Property(r => r.Version).OriginalValue = settings.Version;
        round.ScreeningRule = settings.Rule.Code;
        round.RequireMitigationForHigh = settings.RequireMitigationForHigh;
        round.HighLevelPairs = settings.HighLevelPairs;
        var conflict = await SaveConflicts.SaveOrConflictAsync(db, async () => await ReadAsync(roundSlug, cancellationToken), nameof(Round), [round.Id.ToString(), round.Slug], cancellationToken);
        if (conflict is null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return conflict;
    }

    private static RoundScreeningSettings Of(Round round) => new(round.Screening, round.RequireMitigationForHigh, round.HighLevelPairs, round.Version);
}
