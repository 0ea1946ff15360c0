namespace PartnerPortal.Testing;

/// <summary>Indicator files for the importer tests: our own samples, and the real downloads in ../shared/real-data when that folder exists.</summary>
public static class IndicatorFiles
{
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Indicators", name);

    /// <summary>The real-data folder beside the repository, found by walking up from the test assembly to the solution.</summary>
    public static string? RealDataDirectory
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PartnerPortal.sln")))
                {
                    var realData = Path.Combine(directory.FullName, "..", "shared", "real-data");
                    return Directory.Exists(realData) ? Path.GetFullPath(realData) : null;
                }
            }
            return null;
        }
    }

    /// <summary>Every real download — World Bank, OECD SDMX-CSV, old OECD export — (none when the folder is absent).</summary>
    public static IEnumerable<string> RealFiles() =>
        RealDataDirectory is { } directory ? Directory.GetFiles(directory, "*.csv").Order() : [];
}
