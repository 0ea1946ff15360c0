using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Longlisting;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;

namespace PartnerPortal.Infrastructure.Longlisting;

/// <summary>
/// Analysts record whether a pair meets each of the five longlisting requirements, with sources. The
/// evidence is shared by the round's analysts, so a save from an older version is refused, never applied.
/// </summary>
public sealed class LonglistEvidenceEditor(IDbContextFactory<PortalDbContext> contextFactory)
{
    public const int MaximumSourceLength = 2000;

    /// <returns>null when saved; otherwise the evidence someone else saved first.</returns>
    public async Task<SaveConflict<LonglistEvidence>?> SaveAsync(
        string roundSlug, string countryCode, string technologySlug, string analystId, EvidenceInput input, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(input.Source) || input.Source.Length > MaximumSourceLength
            || input.Requirements.Values.Any(r => r.Source?.Length > MaximumSourceLength))
        {
            throw new ScoringInputException($"Say where the evidence comes from (up to {MaximumSourceLength} characters per source).");
        }
        if (input.Requirements.Count != LonglistRule.RequirementCount)
        {
            throw new ScoringInputException("Answer each of the five requirements (unknown is an answer).");
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Shared, cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == roundSlug, cancellationToken) ?? throw new RoundNotFoundException(roundSlug);
        round.EnsureScoringOpen();
        var (countryId, technologyId) = await AnalystPair.ResolveAsync(db, round, analystId, countryCode, technologySlug, cancellationToken);

        var evidence = await db.LonglistEvidence.SingleOrDefaultAsync(e => e.RoundId == round.Id && e.CountryId == countryId && e.TechnologyId == technologyId, cancellationToken);
        if (evidence is null)
        {
            if (input.ExpectedVersion is not null)
            {
                throw new ScoringInputException("This evidence was removed since you opened the page; reload to start again.");
            }
            evidence = new LonglistEvidence { RoundId = round.Id, CountryId = countryId, TechnologyId = technologyId, Source = "" };
            db.LonglistEvidence.Add(evidence);
        }
        else if (evidence.Version != input.ExpectedVersion)
        {
            return new SaveConflict<LonglistEvidence>(evidence, "another analyst", null);
        }
        else
        {
            db.Entry(evidence).Property(e => e.Version).OriginalValue = input.ExpectedVersion.Value;
        }
        Apply(evidence, input);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var current = await fresh.LonglistEvidence.AsNoTracking()
                .SingleAsync(x => x.RoundId == round.Id && x.CountryId == countryId && x.TechnologyId == technologyId, cancellationToken);
            return new SaveConflict<LonglistEvidence>(current, "another analyst", null);
        }
    }

    private static void Apply(LonglistEvidence evidence, EvidenceInput input)
    {
        string? Source(LonglistRequirement requirement) =>
            input.Requirements[requirement].Source is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        (evidence.NationalPriority, evidence.NationalPrioritySource) = (input.Requirements[LonglistRequirement.NationalPriority].Status, Source(LonglistRequirement.NationalPriority));
        (evidence.ResearchPriority, evidence.ResearchPrioritySource) = (input.Requirements[LonglistRequirement.ResearchPriority].Status, Source(LonglistRequirement.ResearchPriority));
        (evidence.InnovationInitiatives, evidence.InnovationInitiativesSource) = (input.Requirements[LonglistRequirement.InnovationInitiatives].Status, Source(LonglistRequirement.InnovationInitiatives));
        (evidence.InternationalProgrammes, evidence.InternationalProgrammesSource) = (input.Requirements[LonglistRequirement.InternationalProgrammes].Status, Source(LonglistRequirement.InternationalProgrammes));
        (evidence.HomeTrackRecord, evidence.HomeTrackRecordSource) = (input.Requirements[LonglistRequirement.HomeTrackRecord].Status, Source(LonglistRequirement.HomeTrackRecord));
        evidence.Source = input.Source.Trim();
        evidence.IsReconstructed = false;
    }
}
