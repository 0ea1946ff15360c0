using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Scoring;

/// <summary>
/// Saves one analyst's score for one pair and criterion. Only an assigned analyst, only while the round
/// is in Scoring, only for a pair in the round's scope; a save based on an older version than the stored
/// one (another tab, another device) is refused and the stored score returned.
/// </summary>
public sealed class ScoreRecorder(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock)
{
    private static readonly ScoreInputValidator Validator = new();

    public async Task<ScoreSaveResult> SaveAsync(ScoreInput input, CancellationToken cancellationToken = default)
    {
        Validator.ValidateAndThrow(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == input.RoundSlug, cancellationToken)
            ?? throw new RoundNotFoundException(input.RoundSlug);
        round.EnsureScoringOpen();
        var (countryId, technologyId) = await Rounds.AnalystPair.ResolveAsync(db, round, input.AnalystId, input.CountryCode, input.TechnologySlug, cancellationToken);
        var criterionId = await db.Criteria.Where(c => c.Code == input.CriterionCode).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ScoringInputException($"There is no criterion '{input.CriterionCode}'.");
        var questions = input.AddressedQuestionIds?.Distinct().Order().ToArray() ?? [];
        var known = await db.Criteria.Where(c => c.Id == criterionId).SelectMany(c => c.GuidingQuestions).Select(q => q.Id).ToListAsync(cancellationToken);
        if (questions.Except(known).Any())
        {
            throw new ScoringInputException("A ticked guiding question does not belong to this criterion; reload the page.");
        }

        var score = await db.Scores.SingleOrDefaultAsync(s => s.RoundId == round.Id && s.CountryId == countryId && s.TechnologyId == technologyId
            && s.CriterionId == criterionId && s.AnalystId == input.AnalystId, cancellationToken);
        if (score is not null && score.Version != input.ExpectedVersion)
        {
            return new ScoreSaveResult(true, View(score, input.CriterionCode));
        }
        if (score is not null && score.Value != input.Value && string.IsNullOrWhiteSpace(input.RevisionComment)
            && await HasScoredWholePairAsync(db, score, cancellationToken))
        {
            throw new ScoringInputException("You have seen the group's scores for this pair: say why you revise yours.");
        }
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
            return new ScoreSaveResult(false, View(score, input.CriterionCode), await HasScoredWholePairAsync(db, score, cancellationToken));
        }
        catch (Exception exception) when (exception is DbUpdateConcurrencyException || IsUniqueViolation(exception))
        {
            // Someone saved between our read and our write: report what is stored now, keep theirs.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var current = await fresh.Scores.AsNoTracking().SingleAsync(s => s.RoundId == round.Id && s.CountryId == countryId
                && s.TechnologyId == technologyId && s.CriterionId == criterionId && s.AnalystId == input.AnalystId, cancellationToken);
            return new ScoreSaveResult(true, View(current, input.CriterionCode));
        }
    }

    /// <summary>Whether the analyst had scored every criterion of this pair: from then on they see the others' scores.</summary>
    public static async Task<bool> HasScoredWholePairAsync(PortalDbContext db, Score score, CancellationToken cancellationToken) =>
        await db.Scores.CountAsync(s => s.RoundId == score.RoundId && s.CountryId == score.CountryId && s.TechnologyId == score.TechnologyId
            && s.AnalystId == score.AnalystId, cancellationToken) >= await db.Criteria.CountAsync(cancellationToken);

    private static bool IsUniqueViolation(Exception exception) =>
        exception is DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } };

    public static ScoreView View(Score score, string criterionCode) =>
        new(criterionCode, score.Value, score.Confidence, score.EvidenceNote, score.Sources, score.Version, score.UpdatedAt, score.AddressedQuestionIds, score.RevisionComment);
}
