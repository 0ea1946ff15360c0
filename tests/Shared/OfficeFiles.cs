using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace PartnerPortal.Testing;

/// <summary>Exported workbooks and Word documents opened with DocumentFormat.OpenXml, as Excel and Word would read them.</summary>
public static class OfficeFiles
{
    /// <summary>A worksheet cell: its text, and whether it holds a number (no data type) rather than text.</summary>
    public sealed record SheetCell(string Text, bool IsNumber);

    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<SheetCell>> Rows, bool HeaderFrozen, IReadOnlyList<string> Problems);

    public sealed record WordFile(
        IReadOnlyList<(string Style, string Text)> Paragraphs, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables,
        IReadOnlyList<bool> TablesHaveHeaderRow, string Title, IReadOnlyList<string> Problems)
    {
        public IEnumerable<string> Headings(int level) => Paragraphs.Where(p => p.Style == $"Heading{level}").Select(p => p.Text);

        /// <summary>The table whose header row starts with this cell.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Table(string firstHeader) => Tables.Single(t => t.Count > 0 && t[0].Count > 0 && t[0][0] == firstHeader);
    }

    public static Sheet ReadSheet(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var part = document.WorkbookPart!;
        var worksheet = part.WorksheetParts.Single().Worksheet;
        var pane = worksheet.Descendants<Spreadsheet.Pane>().SingleOrDefault();
        return new Sheet(
            part.Workbook.Descendants<Spreadsheet.Sheet>().Single().Name!.Value!,
            [.. worksheet.Descendants<Spreadsheet.Row>().Select(r => (IReadOnlyList<SheetCell>)[.. r.Elements<Spreadsheet.Cell>().Select(c => new SheetCell(c.InnerText, c.DataType is null && c.CellValue is not null))])],
            pane?.State?.Value == Spreadsheet.PaneStateValues.Frozen && pane.TopLeftCell?.Value == "A2",
            Problems(document));
    }

    public static WordFile ReadWord(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Word.Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal", p.InnerText)).ToList();
        var tables = body.Elements<Word.Table>().ToList();
        return new WordFile(
            paragraphs,
            [.. tables.Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.Elements<Word.TableRow>().Select(r =>
                (IReadOnlyList<string>)[.. r.Elements<Word.TableCell>().Select(c => string.Join("\n", c.Elements<Word.Paragraph>().Select(p => p.InnerText)))])])],
            [.. tables.Select(t => t.Elements<Word.TableRow>().FirstOrDefault()?.TableRowProperties?.GetFirstChild<Word.TableHeader>() is not null)],
            document.PackageProperties.Title ?? "",
            Problems(document));
    }

    /// <summary>What the Open XML validator finds wrong with the package: the things Word or Excel would "repair".</summary>
    private static IReadOnlyList<string> Problems(OpenXmlPackage package) =>
        [.. new OpenXmlValidator().Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
}
