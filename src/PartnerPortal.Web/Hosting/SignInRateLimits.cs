using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// Bounds sign-in attempts per account and per client address (Portal:SignIn:…). Lockout already stops
/// guessing one account after five failures; these keep a burst or a spray across accounts from costing a
/// password hash and a database connection per request, and they answer with the 429 page, not an error.
/// </summary>
public static class SignInRateLimits
{
    private const string SignInPath = "/account/login";

    public static void AddSignInRateLimits(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Portal:SignIn");
        var perAccount = section.GetValue("AttemptsPerAccount", 10);
        var perAddress = section.GetValue("AttemptsPerAddress", 30);
        var window = section.GetValue("Window", TimeSpan.FromMinutes(1));

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Both must allow the attempt; the address is counted first, so a refused account still counts there.
            options.GlobalLimiter = new ImmediateRateLimiter(PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "address:" + ClientAddress(context), perAddress, window)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "account:" + Account(context), perAccount, window))));
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimits))
                    .LogWarning("Sign-in attempt refused by the rate limit: address {Address}, account {Account}", ClientAddress(context.HttpContext), Account(context.HttpContext));
                return ValueTask.CompletedTask;
            };
        });
    }

    private static RateLimitPartition<string> Partition(HttpContext context, string key, int limit, TimeSpan window) =>
        IsSignInAttempt(context)
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("");

    private static bool IsSignInAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase);

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// The account named in the posted form, as Identity normalises it. The guard against malformed requests
    /// has read the form already; an unread or unreadable form counts as one account, "(none)".
    /// </summary>
    private static string Account(HttpContext context) =>
        context.Features.Get<IFormFeature>()?.Form?["Input.Email"].ToString().Trim().ToUpperInvariant() is { Length: > 0 } email ? email : "(none)";
}
