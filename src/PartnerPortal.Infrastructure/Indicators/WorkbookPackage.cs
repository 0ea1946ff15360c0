using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;

namespace PartnerPortal.Infrastructure.Indicators;

/// <summary>
/// An .xlsx workbook (a zip archive of XML parts) opened to read its first sheet, every part through a limit
/// on what it unpacks to: a 1.5 KB workbook can otherwise unpack to gigabytes. The parts are read as XML
/// streams, never loaded whole; the archive's directory is checked for size before it is read at all.
/// </summary>
internal sealed class WorkbookPackage : IDisposable
{
    /// <summary>The most any one part may unpack to (a sheet of Excel's 1,048,576 rows in the tidy layout is about 200 MB).</summary>
    public const long MaximumPartBytes = 1L << 30;

    /// <summary>Sheets unpack to 5–20 times their packed size; a zip bomb to a thousand times.</summary>
    public const int MaximumRatio = 100;

    /// <summary>Parts that unpack to less than this are never suspicious, whatever their ratio.</summary>
    private const long RatioFreeBytes = 1 << 20;

    /// <summary>A workbook has a few dozen parts; the archive's directory is held in memory while it is open.</summary>
    public const int MaximumEntries = 10_000;

    private const long MaximumDirectoryBytes = 4 << 20;

    private readonly ZipArchive _zip;

    private WorkbookPackage(ZipArchive zip, string sheet, string? sharedStrings)
    {
        _zip = zip;
        SheetPath = sheet;
        SharedStringsPath = sharedStrings;
    }

    /// <summary>The first sheet's part, as Excel lists its tabs.</summary>
    public string SheetPath { get; }

    public string? SharedStringsPath { get; }

    /// <exception cref="InvalidDataException">The file is not a workbook, or is damaged or cut short.</exception>
    /// <exception cref="ImportLimitException">The archive or one of the parts read is larger than a workbook may be.</exception>
    public static WorkbookPackage Open(Stream seekable)
    {
        CheckDirectory(seekable);
        var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        try
        {
            var book = Target(zip, "_rels/.rels", "", type => type.EndsWith("/officeDocument", StringComparison.Ordinal)) ?? "xl/workbook.xml";
            var rels = $"{Folder(book)}_rels/{book[(book.LastIndexOf('/') + 1)..]}.rels";
            var firstSheet = FirstSheetId(zip, book) ?? throw new InvalidDataException("The workbook has no sheets.");
            var sheet = Target(zip, rels, Folder(book), id: firstSheet) ?? throw new InvalidDataException("The workbook's first sheet is missing.");
            var strings = Target(zip, rels, Folder(book), type => type.EndsWith("/sharedStrings", StringComparison.Ordinal));
            return new WorkbookPackage(zip, sheet, strings);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>A part as XML, read as a stream through the unpacking limits.</summary>
    public XmlReader Xml(string path) => Xml(_zip, path) ?? throw new InvalidDataException($"The workbook has no part {path}.");

    public void Dispose() => _zip.Dispose();

    private static XmlReader? Xml(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }
        var limit = Math.Min(MaximumPartBytes, Math.Max(RatioFreeBytes, entry.CompressedLength * MaximumRatio));
        string Problem(long bytes) => bytes > MaximumPartBytes
            ? $"The workbook's part {path} unpacks to more than {MaximumPartBytes / 1024 / 1024:N0} MB, more than any workbook's sheet."
            : $"The workbook's part {path} unpacks to {Megabytes(bytes)} from {Megabytes(entry.CompressedLength)}, more than {MaximumRatio} times its packed size: "
              + "refused as a possible zip bomb.";
        if (entry.Length > limit)
        {
            throw new ImportLimitException(0, 0, Problem(entry.Length));
        }
        var stream = new WorkbookPartStream(entry.Open(), limit, () => Problem(limit + 1), path);
        // No DTDs: an XML entity bomb unpacks in the parser, past any stream limit.
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true, CloseInput = true,
        });
    }

    private static string Megabytes(long bytes) => bytes < 1024 * 1024 ? $"{bytes:N0} bytes" : $"{bytes / 1024.0 / 1024:N1} MB";

    /// <summary>
    /// The end of a zip archive says how many entries it has and how large its directory is, before
    /// <see cref="ZipArchive"/> reads the directory whole.
    /// </summary>
    private static void CheckDirectory(Stream seekable)
    {
        // The end record is 22 bytes, followed by a comment of up to 65,535.
        var tail = new byte[(int)Math.Min(seekable.Length, 22 + 65_535)];
        seekable.Position = seekable.Length - tail.Length;
        seekable.ReadExactly(tail);
        seekable.Position = 0;
        for (var at = tail.Length - 22; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != 0x06054b50)
            {
                continue;
            }
            var entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            var directoryBytes = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at + 12));
            if (entries > MaximumEntries || directoryBytes > MaximumDirectoryBytes)
            {
                throw new ImportLimitException(0, 0, $"The workbook holds more than {MaximumEntries:N0} parts; a workbook has a few dozen.");
            }
            return;
        }
        // No end record: ZipArchive says the file is damaged.
    }

    /// <summary>The r:id of the workbook's first sheet.</summary>
    private static string? FirstSheetId(ZipArchive zip, string book)
    {
        using var xml = Xml(zip, book) ?? throw new InvalidDataException("The workbook part is missing.");
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
            {
                // r:id, in the transitional or the strict relationships namespace.
                while (xml.MoveToNextAttribute())
                {
                    if (xml.LocalName == "id" && xml.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
                    {
                        return xml.Value;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /// <summary>The part a relationship points to, by its id or its type, as a path inside the archive.</summary>
    private static string? Target(ZipArchive zip, string rels, string folder, Func<string, bool>? type = null, string? id = null)
    {
        using var xml = Xml(zip, rels);
        while (xml?.Read() == true)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship" || xml.GetAttribute("Target") is not { } target)
            {
                continue;
            }
            if ((id is not null && xml.GetAttribute("Id") == id) || (type is not null && type(xml.GetAttribute("Type") ?? "")))
            {
                return Resolve(folder, target);
            }
        }
        return null;
    }

    /// <summary>"worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/…" is already from the root; ".." goes up.</summary>
    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        foreach (var part in (target.StartsWith('/') ? target[1..] : folder + target).Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part.Length > 0 && part != ".")
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    private static string Folder(string path) => path[..(path.LastIndexOf('/') + 1)];
}
