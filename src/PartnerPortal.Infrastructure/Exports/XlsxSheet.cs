using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// Writes a one-sheet workbook: a bold header row frozen at the top, then text cells. Cells are inline
/// strings, never formulas, so a value starting with "=" stays text in Excel.
/// </summary>
public static class XlsxSheet
{
    private static readonly DateTimeOffset FixedEntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
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
            var data = new SheetData();
            data.Append(Row(1, header, styleIndex: 1));
            var number = 2u;
            foreach (var row in rows)
            {
                data.Append(Row(number++, row, styleIndex: 0));
            }
            worksheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0 }),
                new Columns(header.Select((_, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = 40, CustomWidth = true })),
                data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName }));
        }
        StampEntries(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>
    /// Dates every part of the package alike (the packager dates them when written), so a workbook's bytes depend
    /// on its rows alone: a published round's export is the same file whenever it is downloaded.
    /// </summary>
    private static void StampEntries(MemoryStream package)
    {
        package.Position = 0;
        using var archive = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true);
        foreach (var entry in archive.Entries)
        {
            entry.LastWriteTime = FixedEntryTime;
        }
    }

    private static Row Row(uint number, IReadOnlyList<string> values, uint styleIndex) =>
        new(values.Select(value => new Cell
        {
            DataType = CellValues.InlineString,
            StyleIndex = styleIndex,
            InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
        }))
        { RowIndex = number };

    /// <summary>Style 0 is plain text; style 1 is the bold header.</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
