using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// Writes a one-sheet workbook: a bold header row frozen at the top, then the rows. Text cells are inline
/// strings, never formulas, so a value starting with "=" stays text in Excel; numbers are numbers. The same
/// rows always make the same bytes.
/// </summary>
public static class XlsxSheet
{
    private static readonly DateTimeOffset FixedEntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Cell styles, by index into the stylesheet's cell formats (see Stylesheet()).
    private const uint Plain = 0, Header = 1, Whole = 2, FirstDecimal = 3;
    private const int MostDecimals = 4;

    /// <summary>Text columns of one width, as the longlist and shortlist tables have always been written.</summary>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        Write(output, sheetName, [.. header.Select(h => new XlsxColumn(h, 40))], rows.Select(row => (IReadOnlyList<object?>)row), filter: false);

    /// <param name="rows">Each row's values in column order: <see cref="string"/>, a number (<see cref="double"/>, <see cref="int"/>), or null for an empty cell.</param>
    /// <param name="filter">Whether the header row carries Excel's filter buttons.</param>
    public static void Write(Stream output, string sheetName, IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<object?>> rows, bool filter = true)
    {
        // The Open XML packager needs a seekable stream; an HTTP response or a pipe is not one.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // Relationship ids of our own: the packager's are random, and the same rows should make the same file.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>("rId2");
            styles.Stylesheet = Stylesheet();
            var worksheet = workbook.AddNewPart<WorksheetPart>("rId3");
            // Written as a stream, not built as a tree: a 37,000-pair ranking is a million cells, and their tree took
            // a gigabyte and half a minute where writing them out takes seconds and megabytes.
            var number = 1u;
            using (var writer = OpenXmlWriter.Create(worksheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0 }));
                writer.WriteElement(new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
                writer.WriteStartElement(new SheetData());
                writer.WriteElement(new Row(columns.Select(c => Text(c.Header, Header))) { RowIndex = number });
                var styleOf = columns.Select(c => c.Decimals is { } places ? FirstDecimal + (uint)Math.Clamp(places, 0, MostDecimals) : Whole).ToArray();
                foreach (var row in rows)
                {
                    writer.WriteStartElement(new Row { RowIndex = ++number });
                    for (var i = 0; i < row.Count; i++)
                    {
                        writer.WriteElement(Cell(row[i], i < styleOf.Length ? styleOf[i] : Whole));
                    }
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
                if (filter && columns.Count > 0)
                {
                    writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(columns.Count)}{number}" });
                }
                writer.WriteEndElement();
            }
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName }));
            if (filter && columns.Count > 0)
            {
                // Excel keeps a filter's range as this hidden name; without it some versions drop the buttons.
                workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{sheetName.Replace("'", "''")}'!$A$1:${ColumnName(columns.Count)}${number}")
                { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
            }
        }
        StampEntries(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>A column's letters: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + (number - 1) % 26) + name;
        }
        return name;
    }

    /// <summary>
    /// Dates every part of the package alike (the packager dates them when written), so a workbook's bytes depend
    /// on its rows alone: a published round's export is the same file whenever it is downloaded.
    /// </summary>
    internal static void StampEntries(MemoryStream package)
    {
        package.Position = 0;
        using var archive = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true);
        foreach (var entry in archive.Entries)
        {
            entry.LastWriteTime = FixedEntryTime;
        }
    }

    private static Cell Cell(object? value, uint numberStyle) => value switch
    {
        null => new Cell(),
        string text => Text(text, Plain),
        double number when double.IsFinite(number) => Number(number.ToString("R", CultureInfo.InvariantCulture), numberStyle),
        double => new Cell(),
        int number => Number(number.ToString(CultureInfo.InvariantCulture), numberStyle),
        long number => Number(number.ToString(CultureInfo.InvariantCulture), numberStyle),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", Plain),
    };

    private static Cell Number(string value, uint style) => new() { CellValue = new CellValue(value), StyleIndex = style };

    private static Cell Text(string value, uint style) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>
    /// Style 0 is plain text; 1 the bold header; 2 a whole number; 3 onwards a number with 0 to 4 decimals. The
    /// decimals' formats are our own (ids from 164, where Excel's built-in ones end).
    /// </summary>
    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(Enumerable.Range(1, MostDecimals).Select(places =>
            new NumberingFormat { NumberFormatId = 163u + (uint)places, FormatCode = "0." + new string('0', places) }))
        { Count = MostDecimals },
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            [
                new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
                .. Enumerable.Range(1, MostDecimals).Select(places => new CellFormat { NumberFormatId = 163u + (uint)places, ApplyNumberFormat = true }),
            ]));
}
