using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Web.Features.Imports;

/// <summary>An import running on an upload, telling the page how far it has come as the importer reports.</summary>
public sealed class ImportJob(string fileName, long bytes, bool dryRun)
{
    private long _bytesRead;
    private long _valuesRead;
    private volatile bool _fileRead;

    public string FileName { get; } = fileName;
    public long Bytes { get; } = bytes;
    public bool DryRun { get; } = dryRun;
    public required Task<ImportReport> Completion { get; init; }

    public long ValuesRead => Interlocked.Read(ref _valuesRead);
    public bool FileRead => _fileRead;
    public int Percent => Bytes == 0 ? 100 : (int)Math.Min(100, 100 * Interlocked.Read(ref _bytesRead) / Bytes);

    /// <summary>Raised on the importer's thread after each report: a page marshals it to its own.</summary>
    public event Action? Progressed;

    public void Report(ImportProgress progress, long bytesRead)
    {
        Interlocked.Exchange(ref _valuesRead, progress.ValuesRead);
        Interlocked.Exchange(ref _bytesRead, progress.FileRead ? Bytes : bytesRead);
        _fileRead = progress.FileRead;
        Progressed?.Invoke();
    }
}
