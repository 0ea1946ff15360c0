using System.Diagnostics;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Files waiting to be imported (an upload, a workbook copied to be read from its end) live in the temporary
/// folder as <c>partnerportal-import-{process id}-{guid}</c> and are deleted when closed. A process killed
/// mid-import cannot delete its own, so start-up removes those whose process is gone.
/// </summary>
public static class ImportTemporaryFiles
{
    public const string Prefix = "partnerportal-import-";

    /// <summary>Files named before the process id was part of the name are removed once this old.</summary>
    private static readonly TimeSpan UnnamedAfter = TimeSpan.FromHours(1);

    /// <summary>A new empty file, open for writing then reading, deleted when closed (the name goes even if another process unlinks it first).</summary>
    public static FileStream Create(string? directory = null) =>
        new(Path.Combine(directory ?? Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

    /// <returns>The files removed: those of processes no longer running.</returns>
    public static IReadOnlyList<string> DeleteOrphans(string? directory = null, TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var deleted = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory ?? Path.GetTempPath(), Prefix + "*"))
        {
            var rest = Path.GetFileName(path)[Prefix.Length..];
            var dash = rest.IndexOf('-');
            var orphan = dash > 0 && int.TryParse(rest[..dash], out var processId)
                ? processId != Environment.ProcessId && !IsRunning(processId)
                : now - File.GetLastWriteTimeUtc(path) > UnnamedAfter;
            if (!orphan)
            {
                continue;
            }
            try
            {
                File.Delete(path);
                deleted.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another instance removed it first, or it belongs to another user: not ours to worry about.
            }
        }
        return deleted;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
