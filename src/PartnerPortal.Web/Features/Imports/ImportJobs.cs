using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Web.Features.Imports;

/// <summary>
/// Runs imports of uploads apart from the page that started them, by the admin's name: an import confirmed and
/// then left (the tab closed, another page opened) still finishes — all or nothing — and is in the audit log.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ImportJobs> logger)
{
    /// <param name="actor">Who the audit log names for the import.</param>
    public ImportJob Start(ImportUpload upload, string actor, bool dryRun, bool createIndicators)
    {
        var completion = new TaskCompletionSource<ImportReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = new ImportJob(upload.FileName, upload.Bytes, dryRun) { Completion = completion.Task };
        _ = Task.Run(async () =>
        {
            try
            {
                upload.File.Position = 0;
                // The import's own record and its audit entries name the admin, not the portal.
                using var acting = AuditActing.As(actor);
                await using var scope = scopes.CreateAsyncScope();
                var importer = ActivatorUtilities.CreateInstance<IndicatorImporter>(scope.ServiceProvider, new FixedAuditActor(actor));
                completion.SetResult(await importer.ImportAsync(upload.File, upload.FileName, dryRun, createIndicators, lifetime.ApplicationStopping,
                    progress: new JobProgress(job, upload.File)));
            }
            catch (Exception e)
            {
                logger.LogError(e, "Import of {FileName} by {Actor} failed", upload.FileName, actor);
                completion.SetException(e);
            }
        }, CancellationToken.None);
        return job;
    }

    /// <summary>Reports on the importer's thread: the file's position is only safe to read there.</summary>
    private sealed class JobProgress(ImportJob job, FileStream file) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Report(value, file.Position);
    }
}
