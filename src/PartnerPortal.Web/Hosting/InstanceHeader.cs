namespace PartnerPortal.Web.Hosting;

/// <summary>
/// With Portal:InstanceName set, every response names the instance that answered (X-Portal-Instance): behind a
/// proxy with sticky sessions this shows which instance holds a person's circuits, in the browser's network tab
/// and in the proxy's tests. A startup filter, so it wraps the whole pipeline; set when the response starts, so
/// error pages (whose handler clears the headers) carry it too.
/// </summary>
public sealed class InstanceHeader(IConfiguration configuration) : IStartupFilter
{
    public const string HeaderName = "X-Portal-Instance";
    public const string SettingName = "Portal:InstanceName";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
    {
        var name = configuration[SettingName];
        if (string.IsNullOrEmpty(name))
        {
            return next;
        }
        // Kestrel refuses a header value outside visible ASCII on every response; better one line at start-up.
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new InvalidOperationException($"{SettingName} takes letters, digits, '-', '_' and '.', not '{name}'.");
        }
        return app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[HeaderName] = name;
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
