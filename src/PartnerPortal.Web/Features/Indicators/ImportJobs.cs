using System.Collections.Concurrent;
using PartnerPortal.Infrastructure.Auditing;
using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Web.Features.Indicators;

/// <summary>
/// Runs browser uploads in the background: the upload is copied to a temporary file (the request's own copy
/// goes when the request ends; see <see cref="ImportTemporaryFiles"/> for those a killed process leaves) and
/// imported by the admin's name, while the page asks how far it has come.
/// A finished job is kept until its report is collected, or an hour.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ImportJobs> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    /// <param name="owner">Who may follow the job (the account id).</param>
    /// <param name="actor">Who the audit log names for the import.</param>
    public async Task<ImportJob> StartAsync(IFormFile upload, string owner, string actor, bool dryRun, bool createIndicators, CancellationToken cancellationToken)
    {
        Forget(job => job.Completion.IsCompleted && DateTimeOffset.UtcNow - job.StartedAt > KeepFor);
        // One handle from writing to reading: the copy goes when it is closed, and another instance's start-up
        // removing its name (its process id names a live process, so it would not) could not take its content.
        var file = ImportTemporaryFiles.Create();
        try
        {
            await upload.CopyToAsync(file, cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        var completion = new TaskCompletionSource<ImportReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new ImportJob(owner, upload.FileName, file.Length, dryRun) { Completion = completion.Task };
        _jobs[started.Id] = started;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var importer = ActivatorUtilities.CreateInstance<IndicatorImporter>(scope.ServiceProvider, new FixedAuditActor(actor));
                var report = await importer.ImportAsync(file, upload.FileName, dryRun, createIndicators, lifetime.ApplicationStopping,
                    progress: new JobProgress(started, file));
                completion.SetResult(report);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Import of {FileName} by {Owner} failed", upload.FileName, owner);
                completion.SetException(e);
            }
            finally
            {
                await file.DisposeAsync();
            }
        }, CancellationToken.None);
        return started;
    }

    /// <summary>The owner's job, or null: another admin's job id is as good as none.</summary>
    public ImportJob? Find(Guid id, string owner) => _jobs.TryGetValue(id, out var job) && job.Owner == owner ? job : null;

    public void Collected(ImportJob job) => _jobs.TryRemove(job.Id, out _);

    private void Forget(Func<ImportJob, bool> stale)
    {
        foreach (var job in _jobs.Values.Where(stale))
        {
            _jobs.TryRemove(job.Id, out _);
        }
    }

    /// <summary>Reports on the importer's thread: the file's position is only safe to read there.</summary>
    private sealed class JobProgress(ImportJob job, FileStream file) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Report(value, file.Position);
    }
}
