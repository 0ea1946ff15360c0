using System.Security.Claims;

namespace PartnerPortal.Web.Hosting.Circuits;

/// <summary>
/// The door to <c>/_blazor</c>: closed with 503 while the instance drains (pages retry their resume elsewhere or
/// after the restart), and a new circuit refused when its person already has <c>MaxPerUser</c> tabs open (429) or
/// the instance holds <c>MaxPerInstance</c> circuits (503). Refused at the negotiation, before a circuit exists;
/// the page's script shows why (<c>js/circuits.js</c>).
/// </summary>
public sealed partial class CircuitGate(RequestDelegate next, CircuitDrain drain, OpenCircuits circuits, IConfiguration configuration, ILogger<CircuitGate> log)
{
    public const string DrainingMessage = "The portal is restarting; the page resumes in a moment.";
    public const string TooManyTabsMessage = "You have too many portal pages open.";
    public const string InstanceFullMessage = "The portal is at capacity.";

    private readonly CircuitSettings _settings = CircuitSettings.From(configuration);

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/_blazor", out var rest))
        {
            return next(context);
        }
        // Any request that reached here was routed, so SignalR's connection manager exists (see EnsureRegistered).
        drain.EnsureRegistered();
        if (drain.IsDraining)
        {
            return RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, DrainingMessage);
        }
        if (!rest.Equals("/negotiate", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }
        if (circuits.Count >= _settings.MaxPerInstance)
        {
            InstanceFull(circuits.Count, _settings.MaxPerInstance);
            return RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, InstanceFullMessage);
        }
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && circuits.ConnectedCountFor(userId) is var open && open >= _settings.MaxPerUser)
        {
            TooManyTabs(userId, open, _settings.MaxPerUser);
            return RefuseAsync(context, StatusCodes.Status429TooManyRequests, TooManyTabsMessage);
        }
        return next(context);
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.RetryAfter = "1";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(message);
    }

    [LoggerMessage(LogLevel.Warning, "Refused a circuit for user {UserId}: {Open} pages open, at most {Max} per person (Portal:Circuits:MaxPerUser)")]
    private partial void TooManyTabs(string userId, int open, int max);

    [LoggerMessage(LogLevel.Warning, "Refused a circuit: the instance holds {Open} circuits, at most {Max} (Portal:Circuits:MaxPerInstance)")]
    private partial void InstanceFull(int open, int max);
}
