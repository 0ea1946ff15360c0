using System.Buffers.Binary;
using System.Text;

namespace PartnerPortal.LoadTest.Circuits;

/// <summary>
/// One JS.RenderBatch as the server's RenderBatchWriter lays it out: fixed-size entries (edits 16 bytes, frames
/// 20 bytes) that index a string table, and five int32 offsets at the end (updated components, reference frames,
/// disposed component ids, disposed event handler ids, string table). Read lazily, as blazor.web.js does.
/// </summary>
public sealed class RenderBatch
{
    private const int EditLength = 16;
    private const int FrameLength = 20;

    private readonly byte[] _data;
    private readonly int _stringTable;

    public RenderBatch(byte[] data)
    {
        if (data.Length < 20)
        {
            throw new InvalidDataException($"a render batch of {data.Length} bytes is shorter than its trailer");
        }
        _data = data;
        _stringTable = Int(data.Length - 4);
        ReferenceFrames = Int(data.Length - 16) + 4;
        FrameCount = Int(ReferenceFrames - 4);
    }

    /// <summary>Where the reference frames start (past their count).</summary>
    private int ReferenceFrames { get; }

    public int FrameCount { get; }

    /// <summary>Each updated component's id and the position of its first edit and the number of edits.</summary>
    public IEnumerable<(int ComponentId, int EditsAt, int EditCount)> UpdatedComponents()
    {
        var table = Int(_data.Length - 20);
        var count = Int(table);
        for (var i = 0; i < count; i++)
        {
            var diff = Int(table + 4 + (i * 4));
            yield return (Int(diff), diff + 8, Int(diff + 4));
        }
    }

    public IEnumerable<int> DisposedComponentIds()
    {
        var at = Int(_data.Length - 12);
        var count = Int(at);
        for (var i = 0; i < count; i++)
        {
            yield return Int(at + 4 + (i * 4));
        }
    }

    public IEnumerable<ulong> DisposedEventHandlerIds()
    {
        var at = Int(_data.Length - 8);
        var count = Int(at);
        for (var i = 0; i < count; i++)
        {
            yield return BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(at + 4 + (i * 8)));
        }
    }

    public (EditType Type, int SiblingIndex, int FrameIndex, string? RemovedAttributeName) Edit(int editsAt, int index)
    {
        var at = editsAt + (index * EditLength);
        return ((EditType)Int(at), Int(at + 4), Int(at + 8), String(Int(at + 12)));
    }

    public FrameType Type(int frame) => (FrameType)Int(FrameAt(frame));

    /// <summary>Elements, regions and components: how many frames the subtree spans, itself included.</summary>
    public int SubtreeLength(int frame) => Int(FrameAt(frame) + 4);

    public int ComponentId(int frame) => Int(FrameAt(frame) + 8);

    public string ElementName(int frame) => String(Int(FrameAt(frame) + 8)) ?? "";

    /// <summary>Text and markup frames' content, attribute frames' name.</summary>
    public string? FirstString(int frame) => String(Int(FrameAt(frame) + 4));

    public string? AttributeValue(int frame) => String(Int(FrameAt(frame) + 8));

    public ulong AttributeEventHandlerId(int frame) => BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(FrameAt(frame) + 12));

    private int FrameAt(int frame) => frame >= 0 && frame < FrameCount
        ? ReferenceFrames + (frame * FrameLength)
        : throw new InvalidDataException($"frame {frame} is outside the batch's {FrameCount} reference frames");

    private int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(at));

    /// <summary>A string table entry: its position, then BinaryWriter's 7-bit length prefix and UTF-8 bytes.</summary>
    private string? String(int index)
    {
        if (index == -1)
        {
            return null;
        }
        var at = Int(_stringTable + (index * 4));
        int length = 0, shift = 0;
        byte b;
        do
        {
            b = _data[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return Encoding.UTF8.GetString(_data, at, length);
    }
}
