namespace PartnerPortal.Web.Hosting;

/// <summary>
/// Refuses with 400, before any page or query runs, a request whose address carries control characters
/// (a NUL byte, CR, LF…) or whose form carries a NUL byte. No page takes such a value, PostgreSQL refuses
/// NUL in text (error 22021), and a CR/LF must never reach a header; refusing here keeps every one of
/// them from each page's code and from the database connection.
/// </summary>
public sealed class MalformedRequestGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HasControlCharacter(context.Request.Path.Value)
            || context.Request.Query.Any(q => HasControlCharacter(q.Key) || q.Value.Any(HasControlCharacter))
            || await FormHasNulAsync(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await next(context);
    }

    private static bool HasControlCharacter(string? text) => text is not null && text.Any(char.IsControl);

    /// <summary>
    /// Form fields may hold line breaks (evidence notes) but never NUL. Only url-encoded forms are read
    /// here; a multipart upload is the importer's to check, row by row, without buffering the file twice.
    /// </summary>
    private static async Task<bool> FormHasNulAsync(HttpRequest request)
    {
        if (!request.HasFormContentType || request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            return false;
        }
        try
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form.Any(field => field.Key.Contains('\0') || field.Value.Any(v => v?.Contains('\0') == true));
        }
        catch (InvalidDataException)
        {
            // Over the form's limits (value count, key length): as malformed as a NUL.
            return true;
        }
    }
}
