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
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        // The Open XML packager needs a seekable stream; an HTTP response or a pipe is not one.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
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
        buffer.Position = 0;
        buffer.CopyTo(output);
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
