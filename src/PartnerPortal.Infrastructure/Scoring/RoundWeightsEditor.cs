using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Analysis;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Publishing;
using PartnerPortal.Infrastructure.Rounds;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// Sets a round's criterion weights, directly or from the portfolio managers' AHP matrices combined by
/// AIJ. Weights follow <see cref="WeightRule"/> and are stored normalised. Every change needs a comment and leaves
/// one audit entry with the weights before and after; a change based on an older version of the round is refused,
/// so two managers never overwrite each other unseen.
/// </summary>
public sealed class RoundWeightsEditor(IDbContextFactory<PortalDbContext> contextFactory, AuditTrail audit, TimeProvider clock)
{
    public const int MaximumCommentLength = 2000;

    /// <summary>The round's weights and managers' judgements; nothing for an analyst not assigned to the round before it is published.</summary>
    public async Task<RoundWeights> ReadAsync(string roundSlug, RoundViewer viewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await FindRoundAsync(db, roundSlug, cancellationToken);
        await RoundAccess.EnsureOpenAsync(db, round, viewer, cancellationToken);
        // A published round's weights are shown against the criteria as it published them (ADR-007).
        List<AnalysedCriterion> criteria = round.IsPublished && await PublishedRounds.PartAsync<IReadOnlyList<Domain.Framework.Criterion>>(db, round.Id, nameof(PublishedRound.Criteria), cancellationToken) is { } published
            ? [.. published.Select(c => new AnalysedCriterion(c.Id, c.Code, c.Name))]
            : await db.Criteria.OrderBy(c => c.Position).Select(c => new AnalysedCriterion(c.Id, c.Code, c.Name)).ToListAsync(cancellationToken);
        var weights = await CurrentWeightsAsync(db, round.Id, criteria, cancellationToken);
        var matrices = await db.AhpMatrices.AsNoTracking().Where(m => m.RoundId == round.Id).OrderBy(m => m.ManagerName).ToListAsync(cancellationToken);
        var judgements = matrices
            .Where(m => m.Order == criteria.Count)
            .Select(m => new ManagerJudgements(m.ManagerId, m.ManagerName, m.ToMatrix(), Ahp.Weigh(m.ToMatrix(), round.AhpMethod), m.UpdatedAt))
            .ToList();
        var group = judgements.Count == 0 ? null : Ahp.Weigh(Ahp.AggregateJudgements([.. judgements.Select(j => j.Matrix)]), round.AhpMethod);
        return new RoundWeights(round.Slug, round.Version, round.IsPublished, criteria, weights, round.AhpMethod, judgements, group, round.WeightsChangedAt);
    }

    /// <returns>null when saved; otherwise the weights someone else saved first.</returns>
    public async Task<SaveConflict<RoundWeights>?> SetDirectAsync(string roundSlug, IReadOnlyList<double> weights, string comment, uint expectedVersion, CancellationToken cancellationToken = default)
    {
        return await ChangeAsync(roundSlug, comment, expectedVersion, "weights.set", (_, _, criteria) =>
            Task.FromResult((weights.ToArray(), (object)new { method = "direct" })), cancellationToken);
    }

    /// <summary>Stores one manager's comparison matrix and sets the round's weights from all managers' matrices.</summary>
    public async Task<SaveConflict<RoundWeights>?> SaveJudgementsAsync(
        string roundSlug, string managerId, string managerName, double[,] matrix, AhpMethod method, string comment, uint expectedVersion,
        CancellationToken cancellationToken = default)
    {
        return await ChangeAsync(roundSlug, comment, expectedVersion, "weights.ahp", async (db, round, criteria) =>
        {
            if (matrix.GetLength(0) != criteria.Count || matrix.GetLength(1) != criteria.Count)
            {
                throw new ScoringInputException($"Compare all {criteria.Count} criteria: the matrix must be {criteria.Count} × {criteria.Count}.");
            }
            var own = Ahp.Weigh(matrix, method);
            var stored = await db.AhpMatrices.SingleOrDefaultAsync(m => m.RoundId == round.Id && m.ManagerId == managerId, cancellationToken);
            if (stored is null)
            {
                stored = new AhpMatrix { RoundId = round.Id, ManagerId = managerId, ManagerName = managerName };
                db.AhpMatrices.Add(stored);
            }
            stored.ManagerName = managerName;
            stored.Judgements = AhpMatrix.Flatten(matrix);
            stored.UpdatedAt = clock.GetUtcNow();
            round.AhpMethod = method;
            var others = await db.AhpMatrices.AsNoTracking().Where(m => m.RoundId == round.Id && m.ManagerId != managerId).ToListAsync(cancellationToken);
            var all = others.Where(m => m.Order == criteria.Count).Select(m => m.ToMatrix()).Append(matrix).ToList();
            var group = Ahp.Weigh(Ahp.AggregateJudgements(all), method);
            return (group.Weights.ToArray(), (object)new
            {
                method = method.ToString(),
                managers = all.Count,
                ownConsistencyRatio = Math.Round(own.ConsistencyRatio, 4),
                groupConsistencyRatio = Math.Round(group.ConsistencyRatio, 4),
            });
        }, cancellationToken);
    }

    private async Task<SaveConflict<RoundWeights>?> ChangeAsync(
        string roundSlug, string comment, uint expectedVersion, string action,
        Func<PortalDbContext, Round, IReadOnlyList<AnalysedCriterion>, Task<(double[] Weights, object Details)>> change,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new ScoringInputException("Say why the weights change: a comment is required.");
        }
        if (comment.Length > MaximumCommentLength)
        {
            throw new ScoringInputException($"The comment is limited to {MaximumCommentLength} characters.");
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // One audit entry carrying the comment says more than one per weight row.
        db.AuditSuppressed = true;
        await using var transaction = await RoundWriteLock.BeginAsync(db, roundSlug, RoundLock.Exclusive, cancellationToken);
        var round = await FindRoundAsync(db, roundSlug, cancellationToken, tracked: true);
        round.EnsureEditable();
        var criteria = await db.Criteria.OrderBy(c => c.Position).Select(c => new AnalysedCriterion(c.Id, c.Code, c.Name)).ToListAsync(cancellationToken);
        var before = await CurrentWeightsAsync(db, round.Id, criteria, cancellationToken);
        var (proposed, details) = await change(db, round, criteria);
        // Whatever set them (the form, the CLI, AHP), the same rule, and stored normalised: the database holds
        // each weight to 0–1 and a round's to a sum of 1.
        WeightRule.Check(proposed, criteria.Count);
        var weights = ScoreAggregator.NormaliseWeights(proposed, criteria.Count);
        var stored = await db.RoundCriterionWeights.Where(w => w.RoundId == round.Id).ToListAsync(cancellationToken);
        db.RoundCriterionWeights.RemoveRange(stored);
        db.RoundCriterionWeights.AddRange(criteria.Select((c, i) => new RoundCriterionWeight { RoundId = round.Id, CriterionId = c.Id, Weight = weights[i] }));
        db.Entry(round).Property(r => r.Version).OriginalValue = expectedVersion;
        round.WeightsChangedAt = clock.GetUtcNow();
        audit.Record(db, action, nameof(Round), round.Slug,
            Named(criteria, before),
            new Dictionary<string, object> { ["weights"] = Named(criteria, weights), ["details"] = details },
            comment.Trim());
        var conflict = await SaveConflicts.SaveOrConflictAsync(db, async () => await ReadAsync(roundSlug, RoundViewer.Unrestricted, cancellationToken), nameof(Round), [round.Slug, round.Id.ToString()], cancellationToken);
        if (conflict is null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return conflict;
    }

    private static Dictionary<string, double> Named(IReadOnlyList<AnalysedCriterion> criteria, IReadOnlyList<double> weights) =>
        criteria.Select((c, i) => (c.Code, Weight: Math.Round(weights[i], 4))).ToDictionary(x => x.Code, x => x.Weight);

    /// <summary>The round's weights normalised, or equal weights when none are set yet.</summary>
    private static async Task<double[]> CurrentWeightsAsync(PortalDbContext db, int roundId, IReadOnlyList<AnalysedCriterion> criteria, CancellationToken cancellationToken)
    {
        var set = await db.RoundCriterionWeights.Where(w => w.RoundId == roundId).ToDictionaryAsync(w => w.CriterionId, w => w.Weight, cancellationToken);
        var raw = criteria.Select(c => set.Count == 0 ? 1.0 : set.GetValueOrDefault(c.Id)).ToList();
        return raw.Sum() <= 0 ? [.. raw.Select(_ => 1.0 / raw.Count)] : ScoreAggregator.NormaliseWeights(raw, raw.Count);
    }

    private static async Task<Round> FindRoundAsync(PortalDbContext db, string slug, CancellationToken cancellationToken, bool tracked = false)
    {
        var rounds = tracked ? db.Rounds : db.Rounds.AsNoTracking();
        return await rounds.SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken) ?? throw new RoundNotFoundException(slug);
    }
}
