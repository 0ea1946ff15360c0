using System.Globalization;
using System.Xml;
using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Streams the first sheet of an .xlsx workbook as records, one per row, the row number as the line — so a
/// workbook in the tidy layout goes through the same checks as a CSV file. The sheet is read as an XML stream
/// (SAX), a cell's text in chunks, so a row costs what its cells hold and no more, and within the same bounds
/// as a CSV record: Excel's 16,384 columns and 32,767 characters a cell. Cells left out of a row are empty fields.
/// </summary>
public static class WorkbookRows
{
    /// <summary>An .xlsx file is a zip archive: "PK\x03\x04".</summary>
    public static bool LooksLike(ReadOnlySpan<byte> start) => start.Length >= 4 && start[0] == 0x50 && start[1] == 0x4B && start[2] == 0x03 && start[3] == 0x04;

    /// <exception cref="InvalidDataException">The workbook is damaged, cut short or has no sheet.</exception>
    /// <exception cref="ImportLimitException">The workbook, a row or a cell is larger than the importer takes.</exception>
    public static IEnumerable<CsvRecord> Read(Stream seekable)
    {
        using var workbook = WorkbookPackage.Open(seekable);
        var strings = WorkbookStrings.Read(workbook);
        using var sheet = workbook.Xml(workbook.SheetPath);
        int? width = null;
        var rowNumber = 0;
        while (sheet.Read())
        {
            if (sheet.NodeType != XmlNodeType.Element || sheet.LocalName != "row")
            {
                continue;
            }
            rowNumber = int.TryParse(sheet.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
            var cells = Cells(sheet, strings, rowNumber);
            if (cells.Count == 0)
            {
                continue;
            }
            width ??= cells[^1].Column + 1;
            yield return new CsvRecord(rowNumber, SparseFields.Of(cells, Math.Max(width.Value, cells[^1].Column + 1)));
        }
    }

    /// <summary>The row's non-empty cells by column, the reader left on the row's end.</summary>
    private static List<(int Column, string Text)> Cells(XmlReader sheet, IReadOnlyList<string> strings, int row)
    {
        var cells = new List<(int Column, string Text)>();
        if (sheet.IsEmptyElement)
        {
            return cells;
        }
        var depth = sheet.Depth;
        var next = 0;
        var characters = 0;
        while (sheet.Read() && sheet.Depth > depth)
        {
            if (sheet.NodeType != XmlNodeType.Element || sheet.LocalName != "c" || sheet.Depth != depth + 1)
            {
                continue;
            }
            var reference = sheet.GetAttribute("r");
            var column = reference is null ? next : Column(reference, row);
            next = column + 1;
            var text = Cell(sheet, strings, row, column);
            characters += text.Length;
            if (characters > CsvRecordReader.MaximumRecordCharacters)
            {
                throw new ImportLimitException(row, 0, $"The row holds more than {CsvRecordReader.MaximumRecordCharacters:N0} characters.");
            }
            if (text.Length > 0)
            {
                cells.Add((column, text));
            }
        }
        cells.Sort((a, b) => a.Column.CompareTo(b.Column));
        return cells;
    }

    /// <summary>A cell's text: its value, a shared string by number, or its inline string; a formula's text is skipped.</summary>
    private static string Cell(XmlReader sheet, IReadOnlyList<string> strings, int row, int column)
    {
        var type = sheet.GetAttribute("t");
        if (sheet.IsEmptyElement)
        {
            return "";
        }
        var depth = sheet.Depth;
        var text = "";
        while (sheet.Read() && sheet.Depth > depth)
        {
            if (sheet.NodeType == XmlNodeType.Element && sheet.Depth == depth + 1 && sheet.LocalName is "v" or "is")
            {
                text = WorkbookStrings.Text(sheet, row, column + 1);
            }
        }
        if (type != "s")
        {
            return text;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : "";
    }

    /// <summary>"AB12" → 27 (0-based column), refused beyond Excel's last column, XFD.</summary>
    private static int Column(string reference, int row)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > CsvRecordReader.MaximumFields)
            {
                throw new ImportLimitException(row, 0,
                    $"The cell {RowCheck.Shown(reference)} lies beyond Excel's last column, XFD ({CsvRecordReader.MaximumFields:N0} columns).");
            }
        }
        return Math.Max(index - 1, 0);
    }
}
