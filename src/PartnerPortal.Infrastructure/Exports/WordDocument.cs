using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PartnerPortal.Infrastructure.Exports;

/// <summary>
/// A Word document built as a policy team would write one, so they can edit and publish it: Word's own Title,
/// Heading 1 and Heading 2 styles (the navigation pane and a table of contents find them), real bulleted lists,
/// and tables in the "Table Grid" style whose header row repeats on every page. A4 portrait, one section.
/// </summary>
internal sealed class WordDocument
{
    /// <summary>A cell of a table: its paragraphs (each one line of text, bold or not), and whether it continues the cell above.</summary>
    /// <param name="Bulleted">Whether the lines are a bulleted list (the study's rationale bullets).</param>
    public sealed record TableCell(IReadOnlyList<(string Text, bool Bold)> Lines, bool ContinuesAbove = false, bool StartsMerge = false, bool Bulleted = false)
    {
        public static implicit operator TableCell(string text) => new([(text, false)]);
    }

    private const string ListBullet = "ListBullet";
    private const int BulletNumbering = 1;
    private readonly Body _body = new();

    public void Title(string text) => _body.Append(Styled("Title", text));

    public void Subtitle(string text) => _body.Append(Styled("Subtitle", text));

    /// <param name="level">1 or 2: Word's Heading 1 and Heading 2.</param>
    public void Heading(int level, string text) => _body.Append(Styled($"Heading{level}", text));

    public void Paragraph(string text) => _body.Append(new Paragraph(Run(text, bold: false)));

    /// <summary>A paragraph opening with a bold label, as "Rationale: …".</summary>
    public void Labelled(string label, string text) => _body.Append(new Paragraph(Run(label + " ", bold: true), Run(text, bold: false)));

    public void Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            _body.Append(BulletParagraph(item));
        }
    }

    private static Paragraph BulletParagraph(string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = ListBullet }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumbering })),
        Run(text, bold: false));

    /// <param name="widths">Each column's share of the text width, in fiftieths of a percent (they should sum to 5000).</param>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<TableCell>> rows, IReadOnlyList<int> widths)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = (w * 9026 / 5000).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        // The header repeats at the top of every page a long table runs over, and is read as the column headers.
        table.Append(Row(header.Select(h => new TableCell([(h, true)])).ToList(), widths, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, isHeader: false));
        }
        _body.Append(table);
        // Word needs a paragraph between two tables, or it joins them; it also keeps a following heading off the table.
        _body.Append(new Paragraph());
    }

    public void Save(Stream output, string title)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // The title Word shows in File > Info. Written as a part of our own: the packager's own core-properties
            // part gets a new random name on every save, and the same round should make the same file.
            var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId0");
            using (var writer = System.Xml.XmlWriter.Create(core.GetStream(FileMode.Create), new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
            {
                writer.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
                writer.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", title);
                writer.WriteEndElement();
            }
            // Relationship ids of our own, as the workbooks': the same round makes the same file.
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId2").Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>("rId3").Numbering = Numbering();
            _body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new Document(_body);
        }
        XlsxSheet.StampEntries(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static TableRow Row(IReadOnlyList<TableCell> cells, IReadOnlyList<int> widths, bool isHeader)
    {
        // The header repeats at the top of each page a table runs over. Other rows may break across pages: a Table
        // 6.2 row with its rationale can be taller than a page, and Word clips a row it may not break.
        var row = isHeader ? new TableRow(new TableRowProperties(new CantSplit(), new TableHeader())) : new TableRow();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var properties = new TableCellProperties(new TableCellWidth { Width = (i < widths.Count ? widths[i] : 0).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct });
            if (cell.ContinuesAbove || cell.StartsMerge)
            {
                properties.Append(new VerticalMerge { Val = cell.StartsMerge ? MergedCellValues.Restart : MergedCellValues.Continue });
            }
            if (isHeader)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            }
            var paragraphs = cell.ContinuesAbove || cell.Lines.Count == 0
                ? [new Paragraph()]
                : cell.Lines.Select(line => cell.Bulleted ? BulletParagraph(line.Text) : new Paragraph(Run(line.Text, line.Bold))).ToList();
            var element = new DocumentFormat.OpenXml.Wordprocessing.TableCell(properties);
            element.Append(paragraphs);
            row.Append(element);
        }
        return row;
    }

    private static Paragraph Styled(string style, string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text, bold: false));

    private static Run Run(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        // Line breaks in the text (a rationale of several lines) stay line breaks.
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>Word's built-in styles by their own ids and names, so Word treats them as its headings (outline levels, navigation pane).</summary>
    private static Styles Styles()
    {
        Style Paragraph(string id, string name, int size, bool bold, int before, int after, int? outline = null, string? color = null, bool next = true)
        {
            var runProperties = new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" });
            if (bold)
            {
                runProperties.Append(new Bold());
            }
            if (color is not null)
            {
                runProperties.Append(new Color { Val = color });
            }
            runProperties.Append(new FontSize { Val = (size * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            var paragraphProperties = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (outline is { } level)
            {
                paragraphProperties.Append(new OutlineLevel { Val = level });
            }
            var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" });
            if (next)
            {
                style.Append(new NextParagraphStyle { Val = "Normal" });
            }
            style.Append(new PrimaryStyle(), paragraphProperties, runProperties);
            style.Type = StyleValues.Paragraph;
            style.StyleId = id;
            return style;
        }

        var normal = new Style(
            new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }, new FontSize { Val = "22" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        var bullet = new Style(
            new StyleName { Val = "List Bullet" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = BulletNumbering }), new SpacingBetweenLines { After = "60" }))
        { Type = StyleValues.Paragraph, StyleId = ListBullet };
        var grid = new Style(
            new StyleName { Val = "Table Grid" }, new BasedOn { Val = "TableNormal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" }),
                new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" };
        var tableNormal = new Style(
            new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true };
        return new Styles(
            normal,
            Paragraph("Title", "Title", 26, bold: true, before: 0, after: 120, color: "1F3864"),
            Paragraph("Subtitle", "Subtitle", 12, bold: false, before: 0, after: 240, color: "595959"),
            Paragraph("Heading1", "heading 1", 16, bold: true, before: 360, after: 120, outline: 0, color: "1F3864"),
            Paragraph("Heading2", "heading 2", 13, bold: true, before: 240, after: 80, outline: 1, color: "2F5496"),
            bullet, tableNormal, grid);
    }

    private static Numbering Numbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "357", Hanging = "357" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumbering });
}
