using Microsoft.AspNetCore.Http.Features;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// Answers an upload whose declared length is over its endpoint's <see cref="UploadLimit"/> before the form
/// is read. Runs after authorization (only those allowed to upload get this far) and before antiforgery.
/// </summary>
public sealed class UploadLimitGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<UploadLimit>() is not { } limit || !(context.Request.ContentLength > limit.MaximumBytes))
        {
            await next(context);
            return;
        }
        // A browser reads the answer only once it has sent the file: let the server drain a moderately
        // oversized upload after answering, rather than reset the connection under the browser's feet.
        if (context.Request.ContentLength <= 4 * limit.MaximumBytes && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = context.Request.ContentLength;
        }
        await limit.Refuse(context).ExecuteAsync(context);
    }
}
