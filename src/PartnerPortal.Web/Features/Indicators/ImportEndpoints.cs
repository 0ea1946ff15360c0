using System.Security.Claims;
using Microsoft.AspNetCore.Components.Endpoints;
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
        endpoints.MapPost("/admin/indicators/import/jobs", (HttpContext context, ImportJobs jobs) => StartAsync(context, jobs, showProgressAfter))
            .RequireFormToken()
            .WithMetadata(UploadLimit.ForFile(limit, _ => Problem(TooLarge(limit))).Metadata)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Admin));
        endpoints.MapGet("/admin/indicators/import/jobs/{id:guid}", ProgressAsync)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Admin));
    }

    /// <summary>
    /// The page posts to itself without script: its form gets the same limits, and a file over the limit goes
    /// back to the page, which says so (a status page would be re-executed as a POST of the unread form, and
    /// fail the antiforgery check all the same).
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder LimitImportPageUploads(this RazorComponentsEndpointConventionBuilder builder, IConfiguration configuration)
    {
        var limit = UploadLimit.ForFile(IndicatorImporter.MaximumFileBytesFrom(configuration), _ => Results.Redirect($"/admin/indicators/import?refused={TooLargeRefusal}"));
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<ComponentTypeMetadata>().Any(c => c.Type == typeof(ImportIndicatorsPage)))
            {
                foreach (var metadata in limit.Metadata)
                {
                    endpoint.Metadata.Add(metadata);
                }
            }
        });
        return builder;
    }

    /// <summary>The page's query value for a file refused for its size.</summary>
    public const string TooLargeRefusal = "too-large";

    public static string TooLarge(long fileBytes) => $"The file is larger than the limit of {fileBytes / 1024 / 1024:N0} MB (Portal:Import:MaximumFileMegabytes); nothing was imported.";

    private static async Task<IResult> StartAsync(HttpContext context, ImportJobs jobs, TimeSpan showProgressAfter)
    {
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
        if (job.Completion.IsCompletedSuccessfully)
        {
            return new RazorComponentResult<ImportReportView>(new { Report = job.Completion.Result });
        }
        return Problem(DatabaseOutage.Caused(job.Completion.Exception)
            ? "The import stopped because the database could not be reached; nothing was written. Try again in a moment."
            : $"The import failed and nothing was written; the log has the details (it failed at {DateTimeOffset.UtcNow:HH:mm:ss} UTC).");
    }

    private static RazorComponentResult<ImportReportView> Problem(string message) => new(new { Problem = message });

    private static string Owner(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier)!;

}
