using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Infrastructure.Indicators;
using PartnerPortal.Web.Hosting;

namespace PartnerPortal.Web.Features.Indicators;

/// <summary>
/// The upload page's script path: POST /admin/indicators/import/jobs starts an import and answers with the
/// report if it is done within two seconds (Portal:Import:ShowProgressAfter), else with a progress bar that asks
/// GET /admin/indicators/import/jobs/{id} until the report is ready.
/// </summary>
public static class ImportEndpoints
{
    public static void MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Read from configuration, not the importer: its database is not started while endpoints are mapped.
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        var limit = IndicatorImporter.MaximumFileBytesFrom(configuration);
        var showProgressAfter = configuration.GetValue("Portal:Import:ShowProgressAfter", TimeSpan.FromSeconds(2));
        endpoints.MapPost("/admin/indicators/import/jobs", (HttpContext context, ImportJobs jobs, IndicatorImporter importer) => StartAsync(context, jobs, importer, showProgressAfter))
            .RequireFormToken()
            .AllowRequestsUpTo(limit)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Admin));
        endpoints.MapGet("/admin/indicators/import/jobs/{id:guid}", ProgressAsync)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Admin));
    }

    private static async Task<IResult> StartAsync(HttpContext context, ImportJobs jobs, IndicatorImporter importer, TimeSpan showProgressAfter)
    {
        if (context.Request.ContentLength > importer.MaximumFileBytes)
        {
            return Problem($"The file is larger than the limit of {importer.MaximumFileBytes / 1024 / 1024:N0} MB (Portal:Import:MaximumFileMegabytes).");
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Problem("Choose a file to import.");
        }
        var job = await jobs.StartAsync(file, Owner(context), context.User.FindFirstValue(ClaimTypes.Email) ?? context.User.Identity?.Name ?? "unknown user", dryRun: form["dry-run"] == "true", createIndicators: form["create"] == "true", context.RequestAborted);
        await Task.WhenAny(job.Completion, Task.Delay(showProgressAfter, context.RequestAborted));
        return Answer(job, jobs);
    }

    private static IResult ProgressAsync(Guid id, HttpContext context, ImportJobs jobs) =>
        jobs.Find(id, Owner(context)) is { } job ? Answer(job, jobs) : Problem("This import is no longer known: it finished more than an hour ago, or the portal restarted. Look at the audit log for what was imported.");

    private static IResult Answer(ImportJob job, ImportJobs jobs)
    {
        if (!job.Completion.IsCompleted)
        {
            return new RazorComponentResult<ImportProgressView>(new { Job = job });
        }
        jobs.Collected(job);
        return job.Completion.IsCompletedSuccessfully
            ? new RazorComponentResult<ImportReportView>(new { Report = job.Completion.Result })
            : Problem("The import stopped because the database could not be reached; nothing was written. Try again in a moment.");
    }

    private static RazorComponentResult<ImportReportView> Problem(string message) => new(new { Problem = message });

    private static string Owner(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>Imports may be as large as the importer allows (plus the form around the file), beyond Kestrel's and the form reader's defaults.</summary>
    private static RouteHandlerBuilder AllowRequestsUpTo(this RouteHandlerBuilder builder, long fileBytes) =>
        builder.WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(fileBytes + 1024 * 1024),
            new Microsoft.AspNetCore.Mvc.RequestFormLimitsAttribute { MultipartBodyLengthLimit = fileBytes + 1024 * 1024 });
}
