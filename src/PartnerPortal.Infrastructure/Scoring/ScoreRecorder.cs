using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Changes;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Rounds;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// Saves one analyst's score for one pair and criterion. Only an assigned analyst, only while the round
/// is in Scoring (checked under the round's lock, so a save never lands after the round has left Scoring),
/// only for a pair in the round's scope; a save based on an older version than the stored one (another tab,
/// another device) is refused and the stored score returned.
/// </summary>
public sealed class ScoreRecorder(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock, IValidator<ScoreInput> validator)
{
    public async Task<ScoreSaveResult> SaveAsync(ScoreInput input, CancellationToken cancellationToken = default)
    {
        validator.ValidateAndThrow(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await RoundWriteLock.BeginAsync(db, input.RoundSlug, RoundLock.Shared, cancellationToken);
        var round = await RoundBySlug(db, input.RoundSlug) ?? throw new RoundNotFoundException(input.RoundSlug);
        round.EnsureScoringOpen();
        var (countryId, technologyId) = await AnalystPair.ResolveAsync(db, round, input.AnalystId, input.CountryCode, input.TechnologySlug, cancellationToken);
        var criterionId = await CriterionByCode(db, input.CriterionCode) ?? throw new ScoringInputException($"There is no criterion '{input.CriterionCode}'.");
        var questions = input.AddressedQuestionIds?.Distinct().Order().ToArray() ?? [];
        var known = new List<int>();
        await foreach (var id in QuestionsOf(db, criterionId))
        {
            known.Add(id);
        }
        if (questions.Except(known).Any())
        {
            throw new ScoringInputException("A ticked guiding question does not belong to this criterion; reload the page.");
        }

        var score = await AnalystScore(db, round.Id, countryId, technologyId, criterionId, input.AnalystId);
        if (score is not null && score.Version != input.ExpectedVersion)
        {
            return new ScoreSaveResult(true, View(score, input.CriterionCode));
        }
        if (score is not null && score.Value != input.Value && string.IsNullOrWhiteSpace(input.RevisionComment)
            && await HasScoredWholePairAsync(db, score, cancellationToken))
        {
            throw new ScoringInputException("You have seen the group's scores for this pair: say why you revise yours.");
        }
        // Before this save the criterion had no 1-5 score, so a pair complete after it is one the save completed.
        var hadScore = score?.Value is not null;
        if (score is null)
        {
            if (input.ExpectedVersion is not null)
            {
                throw new ScoringInputException("This score was removed since you opened the page; reload to start again.");
            }
            score = new Score { RoundId = round.Id, CountryId = countryId, TechnologyId = technologyId, CriterionId = criterionId, AnalystId = input.AnalystId };
            db.Scores.Add(score);
        }
        else
        {
            db.Entry(score).Property(s => s.Version).OriginalValue = input.ExpectedVersion!.Value;
        }
        score.Value = input.Value;
        score.Confidence = input.Confidence;
        score.EvidenceNote = string.IsNullOrWhiteSpace(input.EvidenceNote) ? null : input.EvidenceNote.Trim();
        score.Sources = string.IsNullOrWhiteSpace(input.Sources) ? null : input.Sources.Trim();
        score.AddressedQuestionIds = questions;
        score.RevisionComment = string.IsNullOrWhiteSpace(input.RevisionComment) ? score.RevisionComment : input.RevisionComment.Trim();
        score.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            // Delivered to every instance's listener when the transaction commits, never if it rolls back.
            var saved = JsonSerializer.Serialize(new ScoreSaved(input.RoundSlug, input.CountryCode, input.TechnologySlug, input.CriterionCode, input.AnalystId));
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({ChangeFeed.ScoreChannel}, {saved})", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ScoreSaveResult(false, View(score, input.CriterionCode), !hadScore && score.Value is not null && await HasScoredWholePairAsync(db, score, cancellationToken));
        }
        catch (Exception exception) when (exception is DbUpdateConcurrencyException || IsUniqueViolation(exception))
        {
            // Someone saved between our read and our write: report what is stored now, keep theirs.
            await transaction.RollbackAsync(CancellationToken.None);
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var current = await fresh.Scores.AsNoTracking().SingleAsync(s => s.RoundId == round.Id && s.CountryId == countryId
                && s.TechnologyId == technologyId && s.CriterionId == criterionId && s.AnalystId == input.AnalystId, cancellationToken);
            return new ScoreSaveResult(true, View(current, input.CriterionCode));
        }
    }

    /// <summary>
    /// Whether the analyst has given every criterion of this pair a 1–5 score: from then on they see the others'
    /// scores. "Insufficient evidence" is an answer but not a judgement, so it does not count (<see cref="ScoreSheet.HasScored"/>).
    /// </summary>
    public static async Task<bool> HasScoredWholePairAsync(PortalDbContext db, Score score, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await PairCriteriaScored(db, score.RoundId, score.CountryId, score.TechnologyId, score.AnalystId) >= await CriteriaCount(db);
    }

    /// <summary>The same rule over one analyst's answers to a pair's criteria, in criterion order (null: no answer or insufficient evidence).</summary>
    public static bool HasScored(IEnumerable<byte?> answers) => answers.All(value => value is >= ScoreSheet.Lowest and <= ScoreSheet.Highest);

    // Compiled: every change an analyst makes runs these reads, and building and matching their LINQ trees each
    // time was most of a save's CPU under load.
    private static readonly Func<PortalDbContext, string, Task<Domain.Rounds.Round?>> RoundBySlug = EF.CompileAsyncQuery(
        (PortalDbContext db, string slug) => db.Rounds.AsNoTracking().SingleOrDefault(r => r.Slug == slug));

    private static readonly Func<PortalDbContext, string, Task<int?>> CriterionByCode = EF.CompileAsyncQuery(
        (PortalDbContext db, string code) => db.Criteria.Where(c => c.Code == code).Select(c => (int?)c.Id).SingleOrDefault());

    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<int>> QuestionsOf = EF.CompileAsyncQuery(
        (PortalDbContext db, int criterionId) => db.Set<Domain.Framework.GuidingQuestion>().Where(q => q.CriterionId == criterionId).Select(q => q.Id));

    private static readonly Func<PortalDbContext, int, int, int, int, string, Task<Score?>> AnalystScore = EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId, int countryId, int technologyId, int criterionId, string analystId) => db.Scores.SingleOrDefault(s =>
            s.RoundId == roundId && s.CountryId == countryId && s.TechnologyId == technologyId && s.CriterionId == criterionId && s.AnalystId == analystId));

    private static readonly Func<PortalDbContext, int, int, int, string, Task<int>> PairCriteriaScored = EF.CompileAsyncQuery(
        (PortalDbContext db, int roundId, int countryId, int technologyId, string analystId) => db.Scores.Count(s =>
            s.RoundId == roundId && s.CountryId == countryId && s.TechnologyId == technologyId && s.AnalystId == analystId && s.Value != null));

    private static readonly Func<PortalDbContext, Task<int>> CriteriaCount = EF.CompileAsyncQuery((PortalDbContext db) => db.Criteria.Count());

    private static bool IsUniqueViolation(Exception exception) =>
        exception is DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } };

    public static ScoreView View(Score score, string criterionCode) =>
        new(criterionCode, score.Value, score.Confidence, score.EvidenceNote, score.Sources, score.Version, score.UpdatedAt, score.AddressedQuestionIds, score.RevisionComment);
}
