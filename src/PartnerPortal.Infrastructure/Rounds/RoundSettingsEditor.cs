using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Rounds;

/// <summary>Edits a round's scoring rules; refused once the round is published or when someone saved first.</summary>
public sealed class RoundSettingsEditor(IDbContextFactory<PortalDbContext> contextFactory, IValidator<RoundSettings> validator)
{
    public async Task<RoundSettings> ReadAsync(string roundSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        return Of(round);
    }

    /// <returns>null when saved; the settings someone else saved first otherwise.</returns>
    public async Task<SaveConflict<RoundSettings>?> SaveAsync(string roundSlug, RoundSettings settings, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(settings);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Exclusive, cancellationToken);
        var round = await db.Rounds.SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        round.EnsureEditable();
        db.Entry(round).Property(r => r.Version).OriginalValue = settings.Version;
        round.LonglistRequiredCount = settings.LonglistRequiredCount;
        round.LonglistMinimumIndex = settings.LonglistMinimumIndex;
        round.RankingMethod = settings.RankingMethod;
        round.MaxTechnologies = settings.MaxTechnologies;
        round.MaxPartnersPerTechnology = settings.MaxPartnersPerTechnology;
        round.MaxOpportunitiesPerCountry = settings.MaxOpportunitiesPerCountry;
        round.CoverEveryTheme = settings.CoverEveryTheme;
        round.RequireEmergingPartner = settings.RequireEmergingPartner;
        round.MinimumRegions = settings.MinimumRegions;
        round.DisagreementStandardDeviation = settings.DisagreementStandardDeviation;
        round.DisagreementRange = settings.DisagreementRange;
        round.SensitivityDraws = settings.SensitivityDraws;
        round.SensitivityPerturbation = settings.SensitivityPerturbation;
        round.SensitivitySeed = settings.SensitivitySeed;
        var conflict = await SaveConflicts.SaveOrConflictAsync(db, async () => await ReadAsync(roundSlug, cancellationToken), nameof(Round), [round.Id.ToString(), round.Slug], cancellationToken);
        if (conflict is null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return conflict;
    }

    private static RoundSettings Of(Round r) => new(
        r.LonglistRequiredCount, r.LonglistMinimumIndex, r.RankingMethod, r.MaxTechnologies, r.MaxPartnersPerTechnology, r.MaxOpportunitiesPerCountry,
        r.CoverEveryTheme, r.RequireEmergingPartner, r.MinimumRegions, r.DisagreementStandardDeviation, r.DisagreementRange,
        r.SensitivityDraws, r.SensitivityPerturbation, r.SensitivitySeed, r.Version);
}
