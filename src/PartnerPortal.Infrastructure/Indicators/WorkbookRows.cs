using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartnerPortal.Infrastructure.Csv;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// Streams the first sheet of an .xlsx workbook as records, one per row, the row number as the line — so a
/// workbook in the tidy layout goes through the same checks as a CSV file. Rows are read one at a time
/// (SAX), never the whole sheet; cells left out of a row are empty fields.
/// </summary>
public static class WorkbookRows
{
    /// <summary>An .xlsx file is a zip archive: "PK\x03\x04".</summary>
    public static bool LooksLike(ReadOnlySpan<byte> start) => start.Length >= 4 && start[0] == 0x50 && start[1] == 0x4B && start[2] == 0x03 && start[3] == 0x04;

    /// <exception cref="InvalidDataException">The workbook is damaged, cut short or has no sheet.</exception>
    public static IEnumerable<CsvRecord> Read(SpreadsheetDocument workbook)
    {
        var book = workbook.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
        var first = book.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheets.");
        var sheet = (WorksheetPart)book.GetPartById(first.Id!.Value!);
        var strings = SharedStrings(book);
        int? width = null;
        using var reader = OpenXmlReader.Create(sheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            var fields = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : fields.Count;
                while (fields.Count < column)
                {
                    fields.Add("");
                }
                fields.Add(Text(cell, strings));
            }
            if (fields.All(f => f.Length == 0))
            {
                continue;
            }
            width ??= fields.Count;
            while (fields.Count < width)
            {
                fields.Add("");
            }
            yield return new CsvRecord((int)(row.RowIndex?.Value ?? 0), fields);
        }
    }

    private static List<string> SharedStrings(WorkbookPart book)
    {
        var strings = new List<string>();
        if (book.SharedStringTablePart is not { } part)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }
        return strings;
    }

    private static string Text(Cell cell, List<string> strings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        var value = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : "";
        }
        return value;
    }

    /// <summary>"AB12" → 27 (0-based column).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
