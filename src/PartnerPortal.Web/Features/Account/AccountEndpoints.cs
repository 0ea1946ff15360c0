using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Web.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        // Signing out changes state, so it is a form POST with an antiforgery token, never a link. The
        // antiforgery middleware only records its verdict for endpoints that bind no form, so check it here;
        // a POST it did not validate at all (not a form) is refused too.
        endpoints.MapPost("/account/logout", async (HttpContext context, SignInManager<PortalUser> signIn) =>
            {
                if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                {
                    return Results.BadRequest("The form was out of date or not sent by this site; reload the page and try again.");
                }
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/login");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
}
