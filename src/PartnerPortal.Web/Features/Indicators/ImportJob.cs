using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Web.Features.Indicators;

/// <summary>An import running after its upload, so the browser can show how far it has come.</summary>
public sealed class ImportJob(string owner, string fileName, long bytes, bool dryRun)
{
    private long _bytesRead;
    private long _valuesRead;
    private volatile bool _fileRead;

    public Guid Id { get; } = Guid.NewGuid();
    public string Owner { get; } = owner;
    public string FileName { get; } = fileName;
    public long Bytes { get; } = bytes;
    public bool DryRun { get; } = dryRun;
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;
    public required Task<ImportReport> Completion { get; init; }

    public long ValuesRead => Interlocked.Read(ref _valuesRead);
    public bool FileRead => _fileRead;
    public int Percent => Bytes == 0 ? 100 : (int)Math.Min(100, 100 * Interlocked.Read(ref _bytesRead) / Bytes);

    public void Report(ImportProgress progress, long bytesRead)
    {
        Interlocked.Exchange(ref _valuesRead, progress.ValuesRead);
        Interlocked.Exchange(ref _bytesRead, progress.FileRead ? Bytes : bytesRead);
        _fileRead = progress.FileRead;
    }
}
