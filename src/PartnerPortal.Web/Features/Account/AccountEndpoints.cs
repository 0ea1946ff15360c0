using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using PartnerPortal.Infrastructure.Accounts;

namespace PartnerPortal.Web.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        // Signing out changes state, so it is a POST with an antiforgery token, never a link.
        endpoints.MapPost("/account/logout", async (SignInManager<PortalUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/login");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
}
