using Microsoft.AspNetCore.Antiforgery;

namespace PartnerPortal.Web.Hosting;

public static class AntiforgeryEndpoints
{
    /// <summary>
    /// For endpoints that read a posted form themselves: the antiforgery middleware only records its verdict
    /// for them, so refuse here any request whose token was missing or invalid.
    /// </summary>
    public static RouteHandlerBuilder RequireFormToken(this RouteHandlerBuilder builder) =>
        builder
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true }
                    ? await next(context)
                    : Results.BadRequest("The form was out of date or not sent by this site; reload the page and try again."));
}
