using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Framework;

namespace PartnerPortal.Web.Features.Scoring;

public static class WeightsEndpoints
{
    /// <summary>POST /rounds/{slug}/weights/preview: the weights and consistency of the judgements in the AHP form, saving nothing.</summary>
    public static void MapWeightsPreview(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/rounds/{slug}/weights/preview", async (HttpContext context, FrameworkCatalog framework) =>
            {
                if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                {
                    return Results.BadRequest("The form was out of date or not sent by this site; reload the page and try again.");
                }
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                var criteria = (await framework.CriteriaAsync(context.RequestAborted)).Select(c => c.Name).ToList();
                var method = Enum.TryParse<AhpMethod>(form["method"], out var chosen) ? chosen : AhpMethod.Eigenvector;
                try
                {
                    var matrix = SaatyScale.FromUpperTriangle(criteria.Count, (i, j) =>
                        SaatyScale.Parse(form[$"judgement-{i}-{j}"]) ?? throw new ScoringInputException($"Choose a judgement for {criteria[i]} against {criteria[j]}."));
                    return new RazorComponentResult<AhpPreview>(new { Criteria = criteria, Result = Ahp.Weigh(matrix, method) });
                }
                catch (ScoringInputException e)
                {
                    return new RazorComponentResult<AhpPreview>(new { Criteria = criteria, Problem = e.Message });
                }
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.PortfolioManager, PortalRoles.Admin));
}
