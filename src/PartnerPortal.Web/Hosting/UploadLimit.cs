using Microsoft.AspNetCore.Mvc;

namespace PartnerPortal.Web.Hosting;

/// <summary>
/// Endpoint metadata for an upload: the largest request it takes and how a larger one is answered. The
/// <see cref="UploadLimitGuard"/> applies it before anything reads the form — the antiforgery check
/// included, which would otherwise fail on the oversized form and call it "out of date" — and it raises
/// Kestrel's and the form reader's own limits (30 MB and 128 MB by default) to the upload's.
/// </summary>
public sealed record UploadLimit(long MaximumBytes, Func<HttpContext, IResult> Refuse)
{
    /// <summary>The form around the file: the antiforgery token, the check boxes, the multipart boundaries.</summary>
    public const long FormAllowance = 1024 * 1024;

    public static UploadLimit ForFile(long fileBytes, Func<HttpContext, IResult> refuse) => new(fileBytes + FormAllowance, refuse);

    /// <summary>This, and the server's and the form reader's limits set to match.</summary>
    public object[] Metadata =>
        [this, new RequestSizeLimitAttribute(MaximumBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaximumBytes }];
}
