using System.IO.Compression;
using System.Text;

namespace PartnerPortal.Infrastructure.Tests.Indicators;

/// <summary>A minimal tidy .xlsx built in memory from the sheet's rows (and optionally shared strings), for files Excel would never write.</summary>
public static class TestWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The header row country,indicator,year,value as inline strings, for a sheet's first row.</summary>
    public const string HeaderRow =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>country</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>indicator</t></is></c>"
        + "<c r=\"C1\" t=\"inlineStr\"><is><t>year</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>value</t></is></c></row>";

    /// <param name="rows">The sheet's rows after the header, as XML.</param>
    /// <param name="sharedStrings">The whole sharedStrings part, when the sheet refers to one.</param>
    /// <param name="extraEntries">More (empty) parts, for an archive with too many.</param>
    public static MemoryStream Build(string rows, string? sharedStrings = null, int extraEntries = 0)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "_rels/.rels",
                $"<Relationships xmlns=\"{PackageRelationships}\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml",
                $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            var strings = sharedStrings is null ? "" : $"<Relationship Id=\"rId2\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>";
            Add(zip, "xl/_rels/workbook.xml.rels",
                $"<Relationships xmlns=\"{PackageRelationships}\"><Relationship Id=\"rId1\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>{strings}</Relationships>");
            Add(zip, "xl/worksheets/sheet1.xml", $"<worksheet xmlns=\"{Main}\"><sheetData>{HeaderRow}{rows}</sheetData></worksheet>");
            if (sharedStrings is not null)
            {
                Add(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            for (var i = 0; i < extraEntries; i++)
            {
                zip.CreateEntry($"extra/{i}.xml");
            }
        }
        stream.Position = 0;
        return stream;
    }

    /// <summary>A sharedStrings part holding the given texts.</summary>
    public static string SharedStrings(params string[] texts) =>
        $"<sst xmlns=\"{Main}\">{string.Concat(texts.Select(t => $"<si><t>{t}</t></si>"))}</sst>";

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var entry = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        entry.Write(xml);
    }
}
