using System.Text;
using System.Xml;
using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// A workbook's shared strings, the table cells refer to by number, and the reading of any cell text: in
/// chunks, refused past Excel's 32,767 characters a cell, so one enormous string is never held whole.
/// </summary>
internal static class WorkbookStrings
{
    /// <summary>The table is held while the sheet is read; a tidy workbook repeats a few hundred codes.</summary>
    public const int MaximumCount = 1_000_000;

    public const int MaximumCharacters = 16 * 1024 * 1024;

    public static IReadOnlyList<string> Read(WorkbookPackage workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringsPath is not { } path)
        {
            return strings;
        }
        using var xml = workbook.Xml(path);
        var characters = 0L;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si")
            {
                continue;
            }
            var text = Text(xml, 0, 0);
            characters += text.Length;
            if (strings.Count == MaximumCount || characters > MaximumCharacters)
            {
                throw new ImportLimitException(0, 0,
                    $"The workbook's shared strings hold more than {MaximumCount:N0} texts or {MaximumCharacters / 1024 / 1024} million characters; save the tidy sheet as CSV instead.");
            }
            strings.Add(text.Length == 0 ? "" : text);
        }
        return strings;
    }

    /// <summary>
    /// The text inside the element the reader is on (a value, an inline or a shared string with its runs, not
    /// its phonetic guide), leaving the reader on the element's end.
    /// </summary>
    /// <param name="row">For the message: the row, or 0 for a shared string.</param>
    public static string Text(XmlReader xml, int row, int column)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }
        var depth = xml.Depth;
        var text = new StringBuilder();
        var chunk = new char[4096];
        var phonetic = -1;
        while (xml.Read() && xml.Depth > depth)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "rPh" && !xml.IsEmptyElement && phonetic < 0:
                    phonetic = xml.Depth;
                    break;
                case XmlNodeType.EndElement when xml.Depth == phonetic:
                    phonetic = -1;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when phonetic < 0:
                    int read;
                    while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        if (text.Length + read > CsvRecordReader.MaximumFieldCharacters)
                        {
                            throw new ImportLimitException(row, column, row == 0
                                ? $"A shared string of the workbook is longer than {CsvRecordReader.MaximumFieldCharacters:N0} characters (Excel's limit for a cell)."
                                : $"The cell is longer than {CsvRecordReader.MaximumFieldCharacters:N0} characters (Excel's limit for a cell).");
                        }
                        text.Append(chunk, 0, read);
                    }
                    break;
            }
        }
        return text.ToString();
    }
}
