using System.Diagnostics;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// One structured line per request (method, path, status, elapsed ms), which ASP.NET Core's own HTTP
/// logging spreads over several lines; Serilog's request logging package is not available here.
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            LogRequest(logger, context.Request.Method, context.Request.Path, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string requestMethod, string requestPath, int statusCode, double elapsedMs);
}
