using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Scoring;
using PartnerPortal.Infrastructure.Framework;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Features.Weights;

public static class WeightsEndpoints
{
    /// <summary>POST /rounds/{slug}/weights/preview: the weights and consistency of the judgements in the AHP form, saving nothing.</summary>
    public static void MapWeightsPreview(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/rounds/{slug}/weights/preview", async (HttpContext context, FrameworkCatalog framework) =>
            {
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
            .RequireFormToken()
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.PortfolioManager, PortalRoles.Admin));
}
