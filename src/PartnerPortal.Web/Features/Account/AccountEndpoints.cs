using Microsoft.AspNetCore.Identity;
using PartnerPortal.Infrastructure.Accounts;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Features.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        // Signing out changes state, so it is a form POST with an antiforgery token, never a link.
        endpoints.MapPost("/account/logout", async (SignInManager<PortalUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/login");
            })
            .RequireFormToken();
}
