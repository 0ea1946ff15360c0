using System.Diagnostics;
using PartnerPortal.Infrastructure.Indicators;

namespace PartnerPortal.Infrastructure.Tests.Indicators;

public class ImportTemporaryFilesTests
{
    /// <summary>The id of a process that has just ended.</summary>
    private static int EndedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void Start_up_removes_the_files_of_imports_whose_process_has_ended_and_keeps_those_of_running_ones()
    {
        var folder = Directory.CreateTempSubdirectory("import-files-").FullName;
        var killed = Path.Combine(folder, $"{ImportTemporaryFiles.Prefix}{EndedProcessId()}-{Guid.NewGuid():N}");
        var running = Path.Combine(folder, $"{ImportTemporaryFiles.Prefix}1-{Guid.NewGuid():N}");
        var unnamedOld = Path.Combine(folder, $"{ImportTemporaryFiles.Prefix}{Guid.NewGuid():N}");
        var other = Path.Combine(folder, "someone-elses-file");
        foreach (var path in new[] { killed, running, unnamedOld, other })
        {
            File.WriteAllText(path, "country,indicator,year,value\n");
        }
        File.SetLastWriteTimeUtc(unnamedOld, DateTime.UtcNow.AddHours(-2));
        using var open = ImportTemporaryFiles.Create(folder);

        var removed = ImportTemporaryFiles.DeleteOrphans(folder);

        Assert.Equal(new[] { killed, unnamedOld }.Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));
        Assert.True(File.Exists(running) && File.Exists(other) && File.Exists(open.Name));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_file_waiting_for_import_is_gone_once_closed()
    {
        var folder = Directory.CreateTempSubdirectory("import-files-").FullName;
        string path;
        using (var file = ImportTemporaryFiles.Create(folder))
        {
            file.Write("value"u8);
            path = file.Name;
            Assert.StartsWith($"{ImportTemporaryFiles.Prefix}{Environment.ProcessId}-", Path.GetFileName(path));
        }

        Assert.False(File.Exists(path));
        Directory.Delete(folder);
    }
}
