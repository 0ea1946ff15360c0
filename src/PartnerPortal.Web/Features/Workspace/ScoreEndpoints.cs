using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Rounds;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Exports;
using PartnerPortal.Infrastructure.Scoring;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Features.Workspace;

/// <summary>
/// POST /rounds/{slug}/score/{country}/{technology}/{criterion}: one criterion's score from the scoring page.
/// htmx gets back the save status (and the new version, out of band); a browser without script is sent
/// back to the page.
/// </summary>
public static class ScoreEndpoints
{
    public static void MapScoreEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/rounds/{slug}/score/{country}/{technology}/{criterion}", SaveAsync)
            .RequireFormToken()
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Analyst));

    private static async Task<IResult> SaveAsync(string slug, string country, string technology, string criterion, HttpContext context, ScoreRecorder recorder)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (message, isError, version, revealsGroup) = await TrySaveAsync(form, recorder, new ScoreInput(
            slug, country, technology, criterion, context.User.FindFirstValue(ClaimTypes.NameIdentifier)!,
            null, Confidence.Medium, form["note"], form["sources"], uint.TryParse(form["version"], out var v) ? v : null,
            [.. form["questions"].Select(q => int.TryParse(q, out var id) ? id : -1)], form["revision"]));
        if (!context.Request.Headers.ContainsKey("HX-Request"))
        {
            var query = isError ? $"?problem={Uri.EscapeDataString(message)}&criterion={Uri.EscapeDataString(criterion)}" : "";
            // Route values come back decoded: escaped again, so a stray character cannot break the Location header.
            return Results.Redirect($"/rounds/{Uri.EscapeDataString(slug)}/score/{Uri.EscapeDataString(country)}/{Uri.EscapeDataString(technology)}{query}#criterion-{Uri.EscapeDataString(criterion)}");
        }
        if (revealsGroup)
        {
            // The analyst has just scored the whole pair: reload so the group's scores appear beside theirs.
            context.Response.Headers["HX-Refresh"] = "true";
        }
        return new RazorComponentResult<ScoreSaveStatus>(new { Code = criterion, Message = message, IsError = isError, Version = version });
    }

    private static async Task<(string Message, bool IsError, uint? Version, bool RevealsGroup)> TrySaveAsync(IFormCollection form, ScoreRecorder recorder, ScoreInput input)
    {
        var chosen = form["value"].ToString();
        if (chosen.Length == 0)
        {
            return ("Choose a score, or insufficient evidence, to save this criterion.", true, null, false);
        }
        byte? value = chosen == "insufficient" ? null : byte.TryParse(chosen, out var b) ? b : (byte)0;
        var confidence = Enum.TryParse<Confidence>(form["confidence"], out var c) ? c : Confidence.Medium;
        try
        {
            var result = await recorder.SaveAsync(input with { Value = value, Confidence = confidence });
            return result.IsConflict
                ? ($"Not saved: this score was changed elsewhere (another tab?) at {result.Score.UpdatedAt.UtcDateTime:HH:mm:ss} UTC. Reload to see it; your entries are still here.", true, null, false)
                : ($"Saved {result.Score.UpdatedAt.UtcDateTime:HH:mm:ss} UTC", false, result.Score.Version, result.RevealsGroup);
        }
        catch (ValidationException e)
        {
            return (string.Join(" ", e.Errors.Select(error => error.ErrorMessage)), true, null, false);
        }
        catch (Exception e) when (e is ScoringInputException or RoundClosedException or RoundNotFoundException)
        {
            return (e.Message, true, null, false);
        }
        catch (Exception e) when (DatabaseOutage.Caused(e))
        {
            return ("Not saved: the portal cannot reach its database just now. Your entries are still here; change any field to try again in a minute.", true, null, false);
        }
    }
}
