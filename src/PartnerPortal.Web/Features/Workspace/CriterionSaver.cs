using FluentValidation;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Contradictions;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>Saves a criterion card through the score recorder and says what happened; nothing here throws at the card.</summary>
public sealed class CriterionSaver(ScoreRecorder recorder, IValidator<ScoreInput> validator, ScoreDataCheck dataCheck, ILogger<CriterionSaver> logger)
{
    /// <summary>The problems the recorder would refuse, by field, checked before anything is sent (links, lengths).</summary>
    public IReadOnlyDictionary<string, string> Check(ScoreInput input) =>
        validator.Validate(input).Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.ErrorMessage)));

    /// <summary>The note is a courtesy: when the data cannot be read, the save still stands and simply has none.</summary>
    private async Task<IReadOnlyList<DataContradiction>> ContradictionsAsync(ScoreInput input, CancellationToken cancellationToken)
    {
        if (input.Value is not { } value)
        {
            return [];
        }
        try
        {
            return await dataCheck.CheckAsync(input.RoundSlug, input.CountryCode, input.CriterionCode, value, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not check a score against the country data");
            return [];
        }
    }

    public async Task<CriterionSaveOutcome> SaveAsync(ScoreInput input, CancellationToken cancellationToken = default)
    {
        if (Check(input) is { Count: > 0 } problems)
        {
            return new CriterionSaveOutcome(null, "Not saved: " + string.Join(" ", problems.Values), true, FieldErrors: problems);
        }
        try
        {
            var result = await recorder.SaveAsync(input, cancellationToken);
            return result.IsConflict
                ? new CriterionSaveOutcome(result.Score, $"Not saved: this score was changed elsewhere (another tab?) at {result.Score.UpdatedAt.UtcDateTime:HH:mm:ss} UTC. That version is shown now.", true, IsConflict: true)
                : new CriterionSaveOutcome(result.Score, CriterionSaveOutcome.SavedAt(result.Score.UpdatedAt), false, RevealsGroup: result.RevealsGroup,
                    Contradictions: await ContradictionsAsync(input, cancellationToken));
        }
        catch (ValidationException e)
        {
            return new CriterionSaveOutcome(null, "Not saved: " + string.Join(" ", e.Errors.Select(error => error.ErrorMessage)), true);
        }
        catch (Exception e) when (e is ScoringInputException or RoundClosedException or RoundNotFoundException)
        {
            return new CriterionSaveOutcome(null, "Not saved: " + e.Message, true);
        }
        catch (Exception e) when (DatabaseOutage.Caused(e))
        {
            return new CriterionSaveOutcome(null, "Not saved: the portal cannot reach its database just now. Your entries are still here; change any field to try again in a minute.", true);
        }
    }
}
