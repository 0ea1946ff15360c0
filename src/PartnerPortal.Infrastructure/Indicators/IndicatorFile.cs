using System.Text;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>Tells the formats apart by their first bytes and reads each as one stream of values.</summary>
public static class IndicatorFile
{
    public const string Expected =
        "expected a World Bank bulk download (API_…_DS2_….csv), an OECD SDMX-CSV or data-portal export, a tidy CSV starting country,indicator,year,value, or an .xlsx workbook in that tidy layout.";

    public static ImportFormat Detect(ReadOnlySpan<byte> start)
    {
        if (WorkbookRows.LooksLike(start))
        {
            return ImportFormat.Xlsx;
        }
        var head = Encoding.UTF8.GetString(start);
        return TidyFile.LooksLike(head) ? ImportFormat.Tidy
            : OecdExportFile.LooksLike(head) ? ImportFormat.Oecd
            : SdmxCsvFile.LooksLike(head) ? ImportFormat.Sdmx
            : WorldBankFile.LooksLike(head) ? ImportFormat.Wdi
            : ImportFormat.Auto;
    }

    /// <summary>The values of a text file in the given format.</summary>
    public static IEnumerable<Observation> Read(ImportFormat format, TextReader text, ICollection<ImportProblem> problems, Action missingValue) => format switch
    {
        ImportFormat.Tidy => TidyFile.Read(text, problems, missingValue),
        ImportFormat.Wdi => WorldBankFile.Read(text, problems, missingValue),
        ImportFormat.Sdmx => SdmxCsvFile.Read(text, problems, missingValue),
        ImportFormat.Oecd => OecdExportFile.Read(text, problems, missingValue),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a text format"),
    };

    /// <summary>The values of a workbook's first sheet, in the tidy layout; the workbook stays open while they are read.</summary>
    public static IEnumerable<Observation> ReadWorkbook(Stream seekable, ICollection<ImportProblem> problems, Action missingValue) =>
        TidyFile.Read(WorkbookRows.Read(seekable), problems, missingValue);

    /// <summary>Who published the values, for an indicator created from a file.</summary>
    public static string Publisher(ImportFormat format) => format switch
    {
        ImportFormat.Wdi => "World Bank WDI",
        ImportFormat.Sdmx => "OECD (SDMX)",
        ImportFormat.Oecd => "OECD data portal",
        _ => "Imported file",
    };
}
